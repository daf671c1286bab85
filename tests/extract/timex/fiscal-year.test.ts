import { boundsFiscalYears, fiscalYearStart } from '@/lib/extract/timex/rules/fiscal-year';
import { timexSpan } from '@/lib/extract/timex-span';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2023-11-09';

describe('fiscal-year: fiscal years and their parts, as TimeML writes them', () => {
  it.each([
    ['profit in fiscal 2024 rose', 'fiscal 2024', 'FY2024'],
    ['spending in fiscal year 2025 falls', 'fiscal year 2025', 'FY2025'],
    ['guidance for FY2025 was kept', 'FY2025', 'FY2025'],
    ['guidance for FY 2025 was kept', 'FY 2025', 'FY2025'],
    ['guidance for FY25 was kept', 'FY25', 'FY2025'],
    ["guidance for FY'25 was kept", "FY'25", 'FY2025'],
    ['for the first half of fiscal 2024, profit rose', 'the first half of fiscal 2024', 'FY2024-H1'],
    ['in the fourth quarter of fiscal 1989 sales fell', 'the fourth quarter of fiscal 1989', 'FY1989-Q4'],
    ["fiscal 1989's second quarter was weak", "fiscal 1989's second quarter", 'FY1989-Q2'],
  ])('%j tags %j as %s', (text, words, value) => expectTimex(text, DCT, { text: words, type: 'DATE', value }));
  it('leaves a fiscal quarter without a year to the quarter rule', () => expectTimex('in the fiscal first quarter', '1989-11-02', { value: '1989-Q1' }));
  it('takes no lower-case "fy" or a fifth quarter', () => {
    expectNone('the fy25 plan', DCT);
    expectTimex('the fifth quarter of fiscal 2024', DCT, { text: 'fiscal 2024', value: 'FY2024' });
  });
});

describe('fiscalYearStart(text): when the text says its fiscal years start', () => {
  it.each([
    ["Northwind's fiscal year runs from April to March.", 4],
    ['Its financial year begins on 1 July.', 7],
    ['Its financial year begins in July.', 7],
    ['for the fiscal year ended June 30, it earned', 7],
    ['The fiscal year ends in December.', 1],
    ['Our fiscal year ends on 31st March.', 4],
    ['Profit rose in fiscal 2024.', undefined],
  ])('%j -> %p', (text, month) => expect(fiscalYearStart(text)).toBe(month));
  it('knows the months that bound every fiscal year are not dates', () => {
    const text = "Northwind's fiscal year runs from April to March.";
    expect(boundsFiscalYears(text, text.indexOf('April'))).toBe(true);
    expect(boundsFiscalYears(text, text.indexOf('March'))).toBe(true);
    expect(boundsFiscalYears('Sales rose in March.', 13)).toBe(false);
  });
});

describe('timexSpan of a fiscal value', () => {
  it('is named for the calendar year it ends in', () => {
    expect(timexSpan('FY2024', 4)).toMatchObject({ start: '2023-04-01T00:00:00.000Z', end: '2024-03-31T23:59:59.999Z', granularity: 'year' });
    expect(timexSpan('FY2024-H1', 4)).toMatchObject({ start: '2023-04-01T00:00:00.000Z', end: '2023-09-30T23:59:59.999Z', granularity: 'quarter' });
    expect(timexSpan('FY2024-Q4', 7)).toMatchObject({ start: '2024-04-01T00:00:00.000Z', end: '2024-06-30T23:59:59.999Z' });
  });
  it('is the calendar year when the start is not known', () => expect(timexSpan('FY2025')).toMatchObject({ start: '2025-01-01T00:00:00.000Z', end: '2025-12-31T23:59:59.999Z' }));
  it('has no fifth quarter', () => expect(timexSpan('FY2025-Q5')).toBeNull());
});
