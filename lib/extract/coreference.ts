import { splitSentences, type TextSpan } from './sentences';

export type Gender = 'male' | 'female';

/** A person's name as found in the document, at a UTF-16 offset, with a gender where the name shows one. */
export interface NameMention {
  name: string;
  at: number;
  gender?: Gender;
  /** Named only in passing (an object, an apposition, a newborn): the sentence is not about them. */
  passing?: boolean;
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };
const GENDERED_PRONOUN = /\b(?:he|him|his|she|her)\b/gi;
/** Titles are not parts of a name that identify someone on their own. */
const TITLE_WORDS = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'lord', 'lady', 'sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'dr', 'professor', 'president', 'pope', 'the', 'of', 'and', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Role words a text uses to refer back to someone ("the duke"), and the titles that name them ("Duke ..."). */
const ROLES: Record<string, string[]> = {
  king: ['King'],
  queen: ['Queen'],
  monarch: ['King', 'Queen'],
  duke: ['Duke'],
  duchess: ['Duchess'],
  prince: ['Prince'],
  princess: ['Princess'],
  president: ['President'],
  pope: ['Pope'],
  senator: ['Senator', 'Sen.'],
  governor: ['Governor', 'Gov.'],
  chancellor: ['Chancellor'],
  'prime minister': ['Prime Minister'],
};

/**
 * A royal prince is made a duke and his wife a duchess, and the press then calls them "the duke" and
 * "the duchess" without naming the dukedom. With nobody named Duke, the last prince named is meant.
 */
const PEERAGE: Record<string, string[]> = { duke: ['Prince'], duchess: ['Princess'] };

/** A name as written: capitalised words ("Meghan Markle", "Queen Camilla"). */
const NAME = "\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*";
/** "Prince Harry and his wife Meghan Markle", "Charles and his wife, Queen Camilla": a couple the text names. */
const COUPLE = new RegExp(`(${NAME})\\s+and\\s+(?:his|her)\\s+(?:wife|husband),?\\s+(${NAME})`, 'gu');
/** "his wife", "her husband": the spouse of whom "his" or "her" stands for. */
const SPOUSE_REFERENCE = /\b(his|her)\s+(?:wife|husband)\b/gi;
/**
 * Two names of one person the text gives: "Maria Sklodowska, later known as Marie Curie", "Marie Curie
 * (born Maria Sklodowska)", "Marie Curie, née Sklodowska". The name known by comes second and first respectively.
 */
const ALIAS = new RegExp(`(${NAME}),?\\s+(?:(?:later|better|also|commonly)\\s+)?known\\s+as\\s+(${NAME})|(${NAME}),?\\s+\\(?(?:born|née|nee)\\s+(${NAME})`, 'gu');
/** With nobody titled for it, "the duchess" is the duke's wife, and "the duke" the duchess's husband. */
const CONSORT: Record<string, string> = { duke: 'duchess', duchess: 'duke' };

// "the Prince of Wales" is a name of its own, not a reference back to a prince.
const ROLE_REFERENCE = new RegExp(`\\bthe (${Object.keys(ROLES).join('|')})\\b(?! of\\b)`, 'gi');

const tokens = (name: string) => name.toLowerCase().split(/\s+/);
const contains = (long: string[], short: string[]) => short.every((t) => long.includes(t));

/**
 * Resolves people's names within one document. A short form ("Harry", "Prince Harry") maps to the longest
 * name that contains all its words ("Prince Harry, ..."), and when several unrelated names contain it,
 * to the one named most recently before it. A role ("the duke", "the King") maps to the person most
 * recently named with that title (for a duke or duchess, a prince or princess: see PEERAGE, or else the
 * consort's spouse); if nobody was, the role is not a name and is dropped. "his wife" is the spouse of
 * whom "his" stands for, where `fullText` names the couple ("Prince Harry and his wife Meghan Markle").
 */
export function personResolver(mentions: NameMention[], fullText = ''): {
  resolve(name: string, at: number): string;
  rolesIn(text: string, at: number): string[];
  personFor(pronoun: string, at: number): string | undefined;
  namedIn(text: string): string[];
} {
  const ordered = [...mentions].sort((a, b) => a.at - b.at);
  const names = [...new Set(ordered.map((m) => m.name))];
  const full = names.filter((n) => !names.some((o) => o !== n && o.length > n.length && contains(tokens(o), tokens(n))));
  const firstSeen = new Map<string, number>();
  for (const m of ordered) if (!firstSeen.has(m.name)) firstSeen.set(m.name, m.at);

  const lastNamedBefore = (candidates: string[], at: number): string | undefined => {
    let best: NameMention | undefined;
    for (const m of ordered) {
      if (m.at > at) break;
      const owner = candidates.find((c) => c === m.name || contains(tokens(c), tokens(m.name)));
      if (owner && (!best || m.at >= best.at)) best = { name: owner, at: m.at };
    }
    return best?.name;
  };

  const resolveName = (name: string, at: number): string => {
    const t = tokens(name);
    const candidates = full.filter((f) => contains(tokens(f), t));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return name;
    return lastNamedBefore(candidates, at) ?? name;
  };
  // A name the regex took with a capitalised word before it ("Then Maria Sklodowska") is the part someone was named by.
  const known = (name: string, at: number): string => {
    const words = name.split(/\s+/);
    const named = words.map((_, i) => words.slice(i).join(' ')).find((n) => full.includes(resolveName(n, at)));
    return resolveName(named ?? words.slice(-2).join(' '), at);
  };
  const aliases = new Map<string, string>();
  for (const m of fullText.matchAll(ALIAS)) {
    const [other, canonical] = m[2] ? [m[1], m[2]] : [m[4], m[3]];
    aliases.set(known(other, m.index), known(canonical, m.index));
  }
  const resolve = (name: string, at: number): string => {
    const person = resolveName(name, at);
    return aliases.get(person) ?? person;
  };

  // The full name's first name tells the gender best; a surname alone can look like a first name ("Donovan").
  const genders = new Map<string, Gender>();
  for (const fullOnly of [true, false]) {
    for (const m of ordered) {
      const person = resolve(m.name, m.at);
      if (m.gender && (person === m.name) === fullOnly && !genders.has(person)) genders.set(person, m.gender);
    }
  }

  let sentences: TextSpan[] | undefined;
  /** The last pronoun of `gender` before `at`, in its sentence or the one before, as [pronoun, offset]. */
  const pronounJustBefore = (gender: Gender, at: number): [string, number] | undefined => {
    sentences ??= splitSentences(fullText);
    const i = sentences.findIndex((s) => s.end > at);
    const from = i > 0 ? sentences[i - 1].start : 0;
    let found: [string, number] | undefined;
    for (const m of fullText.slice(from, at).matchAll(GENDERED_PRONOUN)) {
      if (PRONOUN_GENDER[m[0].toLowerCase()] === gender) found = [m[0], from + m.index];
    }
    return found;
  };

  /**
   * The person last named before `at` whom "he" or "she" can stand for. One named in passing just after
   * the text was following someone else with the same pronoun ("In 1894 she met Pierre. Their daughter,
   * Irène, was born in 1897. In 1903 she won ...") does not take it over: the pronoun keeps to the
   * person the text is about, as centering theory has it (a pronoun continues the centre of the sentences before).
   */
  const personFor = (pronoun: string, at: number): string | undefined => {
    const wanted = PRONOUN_GENDER[pronoun.toLowerCase()];
    for (let i = ordered.length - 1; i >= 0; i--) {
      const m = ordered[i];
      if (m.at > at) continue;
      const person = resolve(m.name, m.at);
      const gender = genders.get(person);
      if (wanted && gender && gender !== wanted) continue;
      const followed = m.passing && wanted ? pronounJustBefore(wanted, m.at) : undefined;
      return (followed && personFor(...followed)) || person;
    }
    return undefined;
  };

  const spouses = new Map<string, string>();
  for (const m of fullText.matchAll(COUPLE)) {
    const [one, other] = [resolve(m[1], m.index), resolve(m[2], m.index)];
    spouses.set(one, other).set(other, one);
  }

  const titledAs = (titles: string[]) => full.filter((f) => titles.some((title) => f.startsWith(`${title} `)));
  /** The person a role word refers to at `at`: titled with it, else with its PEERAGE title. */
  const roleHolder = (role: string, at: number): string | undefined => {
    const titled = titledAs(ROLES[role]);
    return lastNamedBefore(titled.length ? titled : titledAs(PEERAGE[role] ?? []), at);
  };

  const rolesIn = (sentence: string, at: number): string[] => {
    const found = new Set<string>();
    for (const m of sentence.matchAll(ROLE_REFERENCE)) {
      const role = m[1].toLowerCase();
      const consort = CONSORT[role] && roleHolder(CONSORT[role], at + m.index);
      const person = roleHolder(role, at + m.index) ?? (consort && spouses.get(consort));
      if (person) found.add(person);
    }
    for (const m of sentence.matchAll(SPOUSE_REFERENCE)) {
      const spouse = spouses.get(personFor(m[1], at + m.index) ?? '');
      if (spouse) found.add(spouse);
    }
    return [...found];
  };

  // A word of one full name only ("Ellison" of "Margaret Ellison") names that person wherever it appears.
  const owners = new Map<string, string | null>();
  for (const f of full) {
    for (const word of f.split(/\s+/)) {
      if (word.length < 3 || TITLE_WORDS.has(word.toLowerCase()) || !/^\p{Lu}/u.test(word)) continue;
      owners.set(word, owners.has(word) && owners.get(word) !== f ? null : f);
    }
  }
  const namedIn = (text: string): string[] => {
    const found = new Set<string>();
    for (const word of text.match(/\p{Lu}[\p{L}'-]+/gu) ?? []) {
      const owner = owners.get(word.replace(/'s$/, ''));
      if (owner) found.add(aliases.get(owner) ?? owner);
    }
    return [...found];
  };

  return { resolve, rolesIn, personFor, namedIn };
}
