/** A person's name as found in the document, at a UTF-16 offset. */
export interface NameMention {
  name: string;
  at: number;
}

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

// "the Prince of Wales" is a name of its own, not a reference back to a prince.
const ROLE_REFERENCE = new RegExp(`\\bthe (${Object.keys(ROLES).join('|')})\\b(?! of\\b)`, 'gi');

const tokens = (name: string) => name.toLowerCase().split(/\s+/);
const contains = (long: string[], short: string[]) => short.every((t) => long.includes(t));

/**
 * Resolves people's names within one document. A short form ("Harry", "Prince Harry") maps to the longest
 * name that contains all its words ("Prince Harry, ..."), and when several unrelated names contain it,
 * to the one named most recently before it. A role ("the duke", "the King") maps to the person most
 * recently named with that title; if nobody was, the role is not a name and is dropped.
 */
export function personResolver(mentions: NameMention[]): { resolve(name: string, at: number): string; rolesIn(text: string, at: number): string[] } {
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

  const resolve = (name: string, at: number): string => {
    const t = tokens(name);
    const candidates = full.filter((f) => contains(tokens(f), t));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return name;
    return lastNamedBefore(candidates, at) ?? name;
  };

  const rolesIn = (text: string, at: number): string[] => {
    const found = new Set<string>();
    for (const m of text.matchAll(ROLE_REFERENCE)) {
      const titles = ROLES[m[1].toLowerCase()];
      const titled = full.filter((f) => titles.some((title) => f.startsWith(`${title} `)));
      const person = lastNamedBefore(titled, at + (m.index ?? 0));
      if (person) found.add(person);
    }
    return [...found];
  };

  return { resolve, rolesIn };
}
