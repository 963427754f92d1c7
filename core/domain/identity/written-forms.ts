import { searchKey, toNfc } from '../text/normalize';

/**
 * A name typed without diacritics ("tran quoc tuan", often carried over from a search box) is not how the citizen's
 * card writes it. The register's own names say how each syllable is usually written, and where in a name: "van" is
 * Văn as a middle name and Vân as a given name; "tuan" is nearly always Tuấn. These are offered to the officer,
 * who picks what the card says.
 */

type Place = 'first' | 'middle' | 'last';

const placeOf = (index: number, length: number): Place => (index === 0 && length > 1 ? 'first' : index === length - 1 ? 'last' : 'middle');

/** The words of a name as written, case kept: "Nguyễn  Văn-Hùng" → ["Nguyễn", "Văn", "Hùng"]. */
const writtenWords = (name: string): string[] => toNfc(name).split(/[^\p{L}\p{M}]+/u).filter(Boolean);

/** Names are written with a capital at the start of each word. */
const capitalised = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');

export interface WrittenForms {
  /** Each typed word with the spellings the register uses for it, commonest first at that place in a name. */
  words: { typed: string; forms: string[] }[];
  /**
   * Whole names from those spellings, likeliest first, each different from what was typed; none when a word has no
   * spelling in the register (a half-corrected name would look finished and be wrong).
   */
  suggestions: string[];
}

/**
 * How `typed` is likely written, learnt from `registerNames` (names that contain its syllables). A word the
 * register does not know keeps no forms.
 */
export function proposeWrittenForms(typed: string, registerNames: Iterable<string>, maxSuggestions = 4): WrittenForms {
  const words = writtenWords(typed);
  const keys = words.map((w) => searchKey(w));
  const wanted = new Set(keys);
  // key → written form (lower case) → [count at first, middle, last place, total]
  const seen = new Map<string, Map<string, Record<Place | 'all', number>>>();
  for (const name of registerNames) {
    const parts = writtenWords(name);
    parts.forEach((part, i) => {
      const key = searchKey(part);
      if (!wanted.has(key)) return;
      const form = part.toLocaleLowerCase('vi');
      const forms = seen.get(key) ?? new Map<string, Record<Place | 'all', number>>();
      seen.set(key, forms);
      const counts = forms.get(form) ?? { first: 0, middle: 0, last: 0, all: 0 };
      forms.set(form, counts);
      counts[placeOf(i, parts.length)]++;
      counts.all++;
    });
  }
  const ranked = words.map((word, i) => {
    const place = placeOf(i, words.length);
    const forms = [...(seen.get(keys[i] ?? '') ?? new Map<string, Record<Place | 'all', number>>())]
      .sort(([fa, a], [fb, b]) => b[place] - a[place] || b.all - a.all || fa.localeCompare(fb, 'vi'))
      .map(([form, counts]) => ({ form: capitalised(form), weight: counts[place] + counts.all / 1000 }));
    return { typed: word, forms };
  });

  if (ranked.some((w) => w.forms.length === 0)) return { words: ranked.map((w) => ({ typed: w.typed, forms: w.forms.map((f) => f.form) })), suggestions: [] };
  const best = ranked.map((w) => w.forms[0]?.form ?? capitalised(w.typed));
  // The runner-up spelling of one word, in the order of how close it comes to the commonest one.
  const alternatives = ranked
    .flatMap((w, i) => w.forms.slice(1, 3).map((f) => ({ i, form: f.form, closeness: f.weight / (w.forms[0]?.weight ?? 1) })))
    .sort((a, b) => b.closeness - a.closeness);
  // A suggestion that only capitalises what was typed tells the officer nothing.
  const asTyped = toNfc(typed).toLocaleLowerCase('vi');
  const suggestions = [best, ...alternatives.map(({ i, form }) => best.map((w, j) => (j === i ? form : w)))]
    .map((parts) => parts.join(' '))
    .filter((s, i, all) => s.toLocaleLowerCase('vi') !== asTyped && all.indexOf(s) === i)
    .slice(0, maxSuggestions);
  return { words: ranked.map((w) => ({ typed: w.typed, forms: w.forms.map((f) => f.form) })), suggestions };
}
