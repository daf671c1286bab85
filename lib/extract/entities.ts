import type nlp from 'compromise';
import type { Gender } from './coreference';

type View = ReturnType<typeof nlp>;
/** One match of a view, as `filter` hands it over. */
type Match = Parameters<Parameters<View['filter']>[0]>[0];

/** Names found in one sentence, cleaned but not yet resolved against the rest of the document. */
export interface Entities {
  people: string[];
  places: string[];
  organizations: string[];
  /** The gender a person's first name or title shows, where it shows one. */
  genders: Map<string, Gender>;
  /** People the sentence names only in passing (see `inPassing`): it is not about them. */
  passing: Set<string>;
}

const MALE_TITLES = new Set(['mr', 'sir', 'king', 'prince', 'duke', 'lord', 'father', 'brother']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'duchess', 'lady', 'dame', 'mother', 'sister']);

/** Words that may sit inside a name without being capitalised: "Church of St Mary", "Bank of England". */
const NAME_JOINERS = new Set(['of', 'the', 'de', 'du', 'da', 'van', 'von', 'der', 'la', 'le', 'and', '&', 'for', 'on', 'upon']);
/** Capitalised words that compromise sometimes returns as names but that never are one alone. */
const NOT_NAMES = new Set(
  [
    'i', 'he', 'she', 'it', 'they', 'we', 'you', 'him', 'her', 'them', 'his', 'hers', 'their', 'the', 'a', 'an', 'this', 'that',
    'mr', 'mrs', 'ms', 'dr', 'sir', 'lady', 'lord',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'spring', 'summer', 'autumn', 'winter', 'today', 'yesterday', 'tomorrow',
  ],
);

/**
 * Cleans a raw compromise match into a name: drops possessives, punctuation and brackets, then keeps the
 * longest run of capitalised words, so "town of Whistler," gives "Whistler" and "Sunday service" gives
 * nothing. `null` for pronouns, lone date words and other junk.
 */
export function cleanName(raw: string): string | null {
  const words = raw
    .replace(/[’']s\b/g, '')
    .replace(/[[\](){}"“”‘’]/g, ' ')
    .replace(/[.,;:!?]+(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let best: string[] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && NAME_JOINERS.has(run[run.length - 1].toLowerCase())) run.pop();
    if (run.length > best.length) best = run;
    run = [];
  };
  for (const w of words) {
    if (/^[\p{Lu}\d]/u.test(w)) run.push(w);
    else if (run.length && NAME_JOINERS.has(w.toLowerCase())) run.push(w);
    else close();
  }
  close();
  const name = best.join(' ');
  if (!name || (best.length === 1 && NOT_NAMES.has(name.toLowerCase().replace(/\.$/, '')))) return null;
  if (best.every((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  return name;
}

function cleaned(matches: Match[]): string[] {
  const names = new Set<string>();
  for (const match of matches) {
    const name = cleanName(match.text());
    if (name) names.add(name);
  }
  return [...names];
}

function gendersOf(people: Match[]): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  people.forEach((match) => {
    const name = cleanName(match.text());
    if (!name) return;
    const title = name.split(' ')[0].toLowerCase().replace(/\.$/, '');
    if (MALE_TITLES.has(title) || (!FEMALE_TITLES.has(title) && match.has('#MaleName'))) genders.set(name, 'male');
    else if (FEMALE_TITLES.has(title) || match.has('#FemaleName')) genders.set(name, 'female');
  });
  return genders;
}

/**
 * A one-word "person" that modifies a common noun is an adjective: "the first Roman expedition",
 * "Roman life" (which compromise takes for a first and last name). Longer names keep their person
 * ("Taylor Swift fans").
 */
function modifiesNoun(match: Match): boolean {
  const words = match.text().split(/\s+/);
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length !== 1) return false;
  const last = words[words.length - 1];
  if (/^\p{Ll}/u.test(last) && !NAME_JOINERS.has(last)) return true;
  const next = match.lookAhead('.').eq(0);
  return next.has('#Noun') && /^\p{Ll}/u.test(next.text());
}

/** "the Church of St Mary Magdalene": a name after a saint's is the rest of a place's name, not a person. */
function continuesSaintsName(match: Match): boolean {
  const before = match.lookBehind('.').text().split(/\s+/).slice(-2);
  return before.some((w) => /^(?:St\.?|Saint|Ste\.?)$/.test(w)) && before.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether a name is mentioned in passing rather than as whom the sentence is about: as an object ("she
 * met Pierre Curie", "worked with Anna Smith"), as an apposition to a common noun ("their first daughter,
 * Irène, ..."), or as a newborn ("Irène was born"). Such a person does not take "he" or "she" at once
 * from the person the text follows (see personResolver).
 */
function inPassing(match: Match): boolean {
  const before = match.lookBehind('.').last();
  if (before.has('(#Verb|#Preposition)')) return true;
  const apposition = /^\p{Ll}/u.test(before.text()) && before.has('@hasComma') && match.terms().last().has('@hasComma');
  return apposition || /^(?:was|is) born\b/.test(match.lookAhead('.').text());
}

function passingOf(people: Match[]): Set<string> {
  const passing = new Set<string>();
  const about = new Set<string>();
  people.forEach((match) => {
    const name = cleanName(match.text());
    if (name) (inPassing(match) ? passing : about).add(name);
  });
  return new Set([...passing].filter((name) => !about.has(name)));
}

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * A name without the month or weekday compromise joins to its front when a date runs into it: "On 5 June
 * Churchill met", "By late August German troops". After a number, a preposition or "early", "late" the month is the
 * date's; elsewhere it may be a first name ("June Carter sang").
 */
function withoutDateBefore(match: Match): Match {
  const first = match.terms().first();
  const dated = match.wordCount() > 1 && MONTHS_AND_DAYS.has(first.text().toLowerCase()) && match.lookBehind('.').last().has('(#Value|#Preposition|early|late|mid|last|next|this)');
  return dated ? (match.not(first) as Match) : match;
}

/** "in exile in Brittany": a lone name after "in" is where, not who (compromise takes some places for first names). */
const isPlaceAfterIn = (match: Match) => match.wordCount() === 1 && match.lookBehind('.').last().text().toLowerCase() === 'in';

function matchesOf(view: { forEach(fn: (m: Match) => void): unknown }): Match[] {
  const matches: Match[] = [];
  view.forEach((m) => {
    matches.push(m);
  });
  return matches;
}

/** People, places and organisations compromise finds in a parsed sentence. */
export function entitiesOf(doc: View): Entities {
  const people: Match[] = [];
  const placesNamedAsPeople: Match[] = [];
  doc.people().forEach((found) => {
    const match = withoutDateBefore(found);
    if (isPlaceAfterIn(match)) placesNamedAsPeople.push(match);
    else if (!modifiesNoun(match) && !continuesSaintsName(match)) people.push(match);
  });
  return {
    people: cleaned(people),
    places: cleaned([...matchesOf(doc.places()), ...placesNamedAsPeople]),
    organizations: cleaned(matchesOf(doc.organizations())),
    genders: gendersOf(people),
    passing: passingOf(people),
  };
}
