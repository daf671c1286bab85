import { isoWeek, parseDay } from '@/lib/extract/timex/calendar';
import { durationValue } from '@/lib/extract/timex/duration-value';
import { holidayDate } from '@/lib/extract/timex/holidays';
import { parseNumber } from '@/lib/extract/timex/numbers';
import type { Candidate } from '@/lib/extract/timex/partial';
import { removeOverlaps } from '@/lib/extract/timex/remove-overlaps';
import { resolvePartial } from '@/lib/extract/timex/resolve';
import { tenseAround } from '@/lib/extract/timex/tense';

const DCT = parseDay('2024-02-17')!; // a Saturday

describe('stage 2 helpers: numbers and durations', () => {
  it.each([
    ['45', 45],
    ['twenty four', 24],
    ['forty-five', 45],
    ['one hundred and two', 102],
    ['5 1/2', 5.5],
    ['1,000', 1000],
    ['a', 1],
    ['banana', undefined],
  ])('parseNumber(%s) = %s', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each([
    [2, 'years', 'P2Y'],
    [45, 'minutes', 'PT45M'],
    [3, 'months', 'P3M'],
    [undefined, 'weeks', 'PXW'],
    [1.5, 'hours', 'PT1H30M'],
    [0.5, 'hour', 'PT30M'],
    [0.5, 'century', 'P50Y'],
    [1.5, 'years', 'P18M'],
    [1, 'fortnight', 'P2W'],
    [2, 'decades', 'P20Y'],
  ])('durationValue(%s, %s) = %s', (amount, unit, value) => expect(durationValue(amount, unit)).toBe(value));
});

describe('stage 3: resolving partial values', () => {
  const NO_TENSE = () => undefined;
  const anchors = { dct: DCT, narrative: null };
  it('an offset from the DCT', () => expect(resolvePartial({ kind: 'offset', unit: 'week', amount: -1, from: 'dct' }, anchors, NO_TENSE)).toBe('2024-W06'));
  it('an offset from the story date', () =>
    expect(resolvePartial({ kind: 'offset', unit: 'day', amount: 1, from: 'narrative' }, { dct: DCT, narrative: { date: parseDay('1998-03-03')!, unit: 'day' } }, NO_TENSE)).toBe('1998-03-04'));
  it('a weekday follows the tense', () => {
    expect(resolvePartial({ kind: 'weekday', weekday: 3 }, anchors, () => -1)).toBe('2024-02-14');
    expect(resolvePartial({ kind: 'weekday', weekday: 3 }, anchors, () => 1)).toBe('2024-02-21');
  });
  it('a month and day take the closest year', () => expect(resolvePartial({ kind: 'calendar', month: 12, day: 20 }, anchors, NO_TENSE)).toBe('2023-12-20'));
  it('"last fall" is the one before', () => expect(resolvePartial({ kind: 'calendar', season: 'FA', direction: -1 }, anchors, NO_TENSE)).toBe('2023-FA'));
  it('no DCT leaves the unknown parts as X', () => {
    const none = { dct: null, narrative: null };
    expect(resolvePartial({ kind: 'offset', unit: 'day', amount: -1, from: 'dct' }, none, NO_TENSE)).toBe('XXXX-XX-XX');
    expect(resolvePartial({ kind: 'calendar', month: 4 }, none, NO_TENSE)).toBe('XXXX-04');
    expect(resolvePartial({ kind: 'weekday', weekday: 1 }, none, NO_TENSE)).toBe('XXXX-XX-XX');
  });
});

describe('the tense cue', () => {
  const around = (text: string, timex: string) => tenseAround(text, text.indexOf(timex), text.indexOf(timex) + timex.length);
  it('past verb', () => expect(around('They met on Wednesday in Whistler.', 'Wednesday')).toBe(-1));
  it('"have got" is a present "have": what one has on a day is ahead', () => expect(around("We've got a long trip Sunday, so rest matters.", 'Sunday')).toBe(1));
  it('what one is urged to do lies ahead, whatever the tense of "urged"', () => expect(around('Police urged drivers to avoid the bridge on Friday.', 'Friday')).toBe(1));
  it("a reporter's request is made on the day", () => expect(around('When asked to comment on Friday, the company declined.', 'Friday')).toBe(-1));
  it('what one needs to do lies ahead', () => expect(around('"We need to rest after the weekend," she says.', 'the weekend')).toBe(1));
  it('a period that is the object of what is expected is looked back on', () =>
    expect(around('The firm expects to post a second-quarter loss.', 'second-quarter')).toBeUndefined());
  it('the games under a sports story\'s "UP NEXT" are ahead', () => expect(around('UP NEXT\n\nBulls: Host Miami on Saturday.', 'Saturday')).toBe(1));
  it('a decimal point does not end the clause', () => expect(around('Fares will rise by 4.6 per cent in March, the ministry confirmed.', 'March')).toBe(1));
  it('"go on sale" is a timetable present', () => expect(around('The new passes go on sale Monday morning.', 'Monday')).toBe(1));
  it('"had got" stays past', () => expect(around('They had got the keys on Monday.', 'Monday')).toBe(-1));
  it('future modal', () => expect(around('They will meet on Wednesday.', 'Wednesday')).toBe(1));
  it("contracted 'll", () => expect(around("I'll stop in on Friday.", 'Friday')).toBe(1));
  it('a plan seen from the past', () => expect(around('The offer was expected to expire Friday.', 'Friday')).toBe(-1));
  it('"as soon as" points ahead', () => expect(around('They could leave as soon as Tuesday, he said.', 'Tuesday')).toBe(1));
  it('an intention under way ("were planning to") is still ahead', () => expect(around('Fans were planning to march on Sunday.', 'Sunday')).toBe(1));
  it('a deadline seen from the past', () => expect(around('It had been due to expire Friday evening.', 'Friday')).toBe(-1));
  it('a bracket closed before the expression is an aside the clause reads through', () => {
    expect(around('The strike would begin at 6 a.m. (0400 GMT) on Tuesday.', 'Tuesday')).toBe(1);
    expect(around('The talks will resume (the union said so) on Tuesday.', 'Tuesday')).toBe(1);
  });
  it('"expect" something "to" happen points ahead', () => expect(around('Forecasters expect the winds to ease over the weekend.', 'the weekend')).toBe(1));
  it('a quotation keeps its own tense', () => expect(around('"He will leave at 4 a.m. Thursday," Castro said.', '4 a.m. Thursday')).toBe(1));
  it('an initial or a title does not end the clause', () => expect(around('He will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.', 'Feb. 1')).toBe(1));
  it('"succeed" is not a past tense', () => expect(around('Most of them succeed in March.', 'March')).toBeUndefined());
  it("a possessive date names an event already seen, whatever the clause's verb", () =>
    expect(around('The club will try to overturn Thursday\'s decision by the league.', 'Thursday')).toBe(-1));
  it("a possessive date's own verb still counts", () => expect(around("Thursday's meeting will settle the matter.", 'Thursday')).toBe(1));
  it('"\'s" for "is" is no possessive', () => expect(around("Friday's the deadline, and the board will decide then.", 'Friday')).toBe(1));
  it('"ahead of" points ahead, a possessive too', () => {
    expect(around('Traders sold shares ahead of the holiday weekend.', 'the holiday weekend')).toBe(1);
    expect(around('Traders sold shares ahead of Friday\'s jobs report.', 'Friday')).toBe(1);
  });
  it('"until" with a past perfect state is a day gone by', () => {
    expect(around('Until Monday, the police had not named a suspect.', 'Monday')).toBe(-1);
    expect(around('The vote was postponed until Monday.', 'Monday')).toBe(1);
  });
  it('"did not ... until" a day is a past event on that day, "will not ... until" one ahead', () => {
    expect(around('The bridge did not reopen until 3 March, after the flood.', '3 March')).toBe(-1);
    expect(around("The strikers weren't paid until Friday.", 'Friday')).toBe(-1);
    expect(around('The bridge will not reopen until 3 March.', '3 March')).toBe(1);
  });
  it('a bracket that opens on the expression restates the clause before it', () =>
    expect(around('The plane will land at dawn (6 a.m. Sunday), officials said.', '6 a.m. Sunday')).toBe(1));
  it('a verb right after "and" heads another clause, not the one the expression is in', () =>
    expect(around('Fans will march on Sunday and were told to stay away on Monday.', 'Sunday')).toBe(1));
  it('an "un-...-ed" word is an adjective, not a past verb', () => {
    expect(around('The firm will open stores by June in towns untouched by the recession.', 'June')).toBe(1);
    expect(around('The company unveiled the phone in June.', 'June')).toBe(-1);
    expect(around('The strike undermined sales in June.', 'June')).toBe(-1);
  });
  it('a word of intent is future only as a verb of a plan', () => {
    expect(around('She plans to visit Rome in May.', 'May')).toBe(1);
    expect(around('The vote is expected in May.', 'May')).toBe(1);
    expect(around('Inflation is lower than the Bank expected in May.', 'May')).toBeUndefined();
    expect(around('Their holiday plans in May are off.', 'May')).toBeUndefined();
    expect(around('The ruling, expected Tuesday, could free him.', 'Tuesday')).toBe(1);
    expect(around('The firm announced plans Monday to cut jobs.', 'Monday')).toBe(-1);
  });
  it('stops at the clause end', () => expect(around('He left. On Monday nothing happens', 'Monday')).toBeUndefined());
});

describe('calendar facts', () => {
  it('ISO weeks', () => {
    expect(isoWeek(parseDay('2024-02-17')!)).toEqual({ year: 2024, week: 7 });
    expect(isoWeek(parseDay('2021-01-01')!)).toEqual({ year: 2020, week: 53 });
  });
  it('rejects impossible days', () => expect(parseDay('2024-02-30')).toBeNull());
  it('finds moving holidays', () => {
    expect(holidayDate('thanksgiving', 1999).toISOString().slice(0, 10)).toBe('1999-11-25');
    expect(holidayDate('easter', 2024).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(holidayDate('memorial day', 2024).toISOString().slice(0, 10)).toBe('2024-05-27');
    // The Tuesday after the first Monday: never Nov. 1, even when that is a Tuesday.
    expect(holidayDate('election day', 2020).toISOString().slice(0, 10)).toBe('2020-11-03');
    expect(holidayDate('election day', 2022).toISOString().slice(0, 10)).toBe('2022-11-08');
  });
});

describe('overlap removal', () => {
  const c = (start: number, end: number, rule: string): Candidate => ({ start, end, rule, type: 'DATE', partial: { kind: 'literal', value: 'X' } });
  it('keeps the longest, then the earlier stage', () => {
    const kept = removeOverlaps([c(0, 9, 'duration'), c(0, 13, 'ago'), c(20, 24, 'b'), c(20, 24, 'a')], (x) => (x.rule === 'a' ? 0 : 1));
    expect(kept.map((k) => [k.start, k.end, k.rule])).toEqual([
      [0, 13, 'ago'],
      [20, 24, 'a'],
    ]);
  });
});

describe('the tense cue in verb chains', () => {
  const around = (text: string, timex: string) => tenseAround(text, text.indexOf(timex), text.indexOf(timex) + timex.length);
  it('"until" that opens a sentence before a past perfect tells how long a state held', () => {
    expect(around('Until Tuesday, no one had known where he was.', 'Tuesday')).toBe(-1);
    expect(around('The offer stands until Tuesday.', 'Tuesday')).toBe(1);
  });
  it('the simple present of a fixture or timetable verb points ahead, not after "to" or "did not"', () => {
    expect(around('City face Real Madrid in the Champions League on Wednesday night.', 'Wednesday')).toBe(1);
    expect(around('The offer expires Friday.', 'Friday')).toBe(1);
    expect(around('They agreed to meet on Wednesday.', 'Wednesday')).toBe(-1);
    expect(around('He did not play on Sunday.', 'Sunday')).toBe(-1);
  });
  it('a timetable verb after "no" is a noun, and the tense is the clause\'s', () =>
    expect(around('Rain fell all day and there was no play on Sunday.', 'Sunday')).toBe(-1));
  it('"takes effect" points ahead, even after a past participle', () =>
    expect(around('A tax approved in May takes effect on Jan. 1.', 'Jan. 1')).toBe(1));
  it('"payable" and "of record" point ahead', () => {
    expect(around('The dividend is payable Dec. 15 to holders of record Nov. 17.', 'Dec. 15')).toBe(1);
    expect(around('The dividend is payable Dec. 15 to holders of record Nov. 17.', 'Nov. 17')).toBe(1);
  });
  it('a participle right after a determiner is an adjective, not a past verb', () =>
    expect(around('The reduced dividend is payable to shareholders in June.', 'June')).not.toBe(-1));
  it('"will be held" is future', () => expect(around('The vote will be held on Friday.', 'Friday')).toBe(1));
  it('"was held" is past', () => expect(around('The vote was held on Friday.', 'Friday')).toBe(-1));
  it('a present passive is no past ("is heard")', () => expect(around('The appeal is heard in June.', 'June')).toBeUndefined());
  it('an infinitive passive takes the tense of its chain ("going to be left")', () =>
    expect(around('The town is going to be left alone this winter.', 'this winter')).toBe(1));
  it('"until" after the expression heads the next one and says nothing of its verb', () =>
    expect(around('Her lease was renewed in March until 2030, the landlord said.', 'March')).toBe(-1));
  it('a comma after the expression closes its phrase: the verb before it governs, else the one after', () => {
    expect(around('The merger, approved late Friday, will create the largest bank.', 'late Friday')).toBe(-1);
    expect(around('On Friday, the board will vote.', 'Friday')).toBe(1);
  });
  it('a possibility ("could", "might", "may") with an active verb is ahead, even under a past report', () => {
    expect(around('Officials warned that the river might crest on Thursday.', 'Thursday')).toBe(1);
    expect(around('He said the plant may reopen by Friday evening.', 'Friday')).toBe(1);
  });
  it('"forecast" is ahead as a verb of a plan ("are forecast to"), not as a noun or a past report', () => {
    expect(around('Lows on Friday are forecast to drop below zero.', 'Friday')).toBe(1);
    expect(around('The storm was forecast to hit on Monday but veered away.', 'Monday')).toBe(-1);
    expect(around('The forecast on Monday was wrong, he said.', 'Monday')).toBe(-1);
    expect(around('Prices jumped on Monday and are forecast to rise again.', 'Monday')).toBe(-1);
  });
  it('an expectation ("should") with an active verb is ahead; one that looks back is not', () => {
    expect(around('The fog should lift after 10 a.m. Sunday, the airport said.', '10 a.m. Sunday')).toBe(1);
    expect(around('The council should have acted on Monday, residents said.', 'Monday')).toBe(-1);
  });
  it('a possibility that looks back or reports is no future', () => {
    expect(around('Police said the fire could have started on Sunday.', 'Sunday')).toBe(-1);
    expect(around('Her lawyers could not be reached on Monday.', 'Monday')).not.toBe(1);
    expect(around('Nobody could be found on Monday.', 'Monday')).not.toBe(1);
  });
  it('"last" after the expression belongs to another one ("last season\'s game"), not to its verb', () =>
    expect(around('The Bills travel to face the Chiefs on Sunday in a rematch of last season\'s game.', 'Sunday')).toBe(1));
  it('a possibility after the expression heads a clause of its own', () =>
    expect(around('Moscow warned on Thursday that strikes could do harm.', 'Thursday')).toBe(-1));
  it('in a relative clause, the clause\'s own verb governs, not the main verb after it', () => {
    expect(around('Fans who queued on Saturday will get refunds.', 'Saturday')).toBe(-1);
    expect(around('Officials who will meet on Monday said little.', 'Monday')).toBe(1);
  });
  it('a venue that reopens on a day is on a timetable ahead', () =>
    expect(around('After two years of repairs, the theatre reopens on Friday with a gala.', 'Friday')).toBe(1));
  it('"is to" with an infinitive is ahead', () => expect(around('The shares are to resume trading Monday.', 'Monday')).toBe(1));
});
