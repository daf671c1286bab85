import { SaxesParser } from 'saxes';
import { TIMEX_TYPES, type Timex, type TimexType } from '../extract/types';
import type { TimemlDocument } from './types';

interface OpenTimex {
  start: number;
  attributes: Record<string, string>;
}

function isTimexType(type: string): type is TimexType {
  return (TIMEX_TYPES as readonly string[]).includes(type);
}

function goldTimex(open: OpenTimex, text: string, end: number, source: string): Timex {
  const { tid = '?', type, value, mod } = open.attributes;
  if (type === undefined || !isTimexType(type)) {
    throw new Error(`${source}: TIMEX3 ${tid} has type ${JSON.stringify(type)}; expected one of ${TIMEX_TYPES.join(', ')}`);
  }
  if (value === undefined) throw new Error(`${source}: TIMEX3 ${tid} has no value`);
  const timex: Timex = { start: open.start, end, text: text.slice(open.start, end), type, value };
  if (mod) timex.mod = mod;
  return timex;
}

/**
 * Reads a TimeML document into the TEXT element's plain text and its gold TIMEX3s.
 * An XML parser rather than a tag scanner: it decodes entities, normalises CR/CRLF to LF (as the
 * TempEval-3 toolkit's reader does) and reports malformed files with a line and column.
 * `source` names the file in error messages and stands in for a missing DOCID.
 */
export function readTimeml(xml: string, source: string): TimemlDocument {
  const parser = new SaxesParser({ xmlns: false, fileName: source });
  const path: string[] = [];
  let text = '';
  let textSeen = false;
  let docId = '';
  let dct: string | null = null;
  const open: OpenTimex[] = [];
  const gold: Timex[] = [];

  const inside = (name: string) => path.includes(name);

  const appendText = (chunk: string) => {
    if (inside('TEXT')) {
      text += chunk;
    } else if (path[path.length - 1] === 'DOCID') {
      docId += chunk;
    }
  };

  parser.on('opentag', (tag) => {
    path.push(tag.name);
    if (tag.name === 'TEXT') textSeen = true;
    if (tag.name !== 'TIMEX3') return;
    if (inside('TEXT')) {
      open.push({ start: text.length, attributes: tag.attributes });
    } else if (inside('DCT') && tag.attributes.functionInDocument === 'CREATION_TIME') {
      dct = tag.attributes.value ?? null;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'TIMEX3' && inside('TEXT')) {
      const timex = open.pop();
      if (timex) gold.push(goldTimex(timex, text, text.length, source));
    }
    path.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();

  if (!textSeen) throw new Error(`${source}: no TEXT element`);
  // Re-typed: TypeScript does not see the assignment inside the handler and would narrow `dct` to null.
  const dctValue: string | null = dct;
  if (dctValue === null) throw new Error(`${source}: no DCT TIMEX3 with functionInDocument="CREATION_TIME"`);
  const dctDay = /^\d{4}-\d{2}-\d{2}/.exec(dctValue)?.[0];
  if (!dctDay) throw new Error(`${source}: DCT value ${JSON.stringify(dctValue)} does not start with YYYY-MM-DD`);

  gold.sort((a, b) => a.start - b.start || a.end - b.end);
  return { docId: docId.trim() || source, dct: dctDay, text, gold };
}
