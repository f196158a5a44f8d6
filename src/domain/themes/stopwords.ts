// Which words can never be a theme on their own, and which may sit inside a phrase.
// `stopword`'s English list is deliberately short (108 words); the lists below add what it leaves
// out and what a huddle answer says in every breath. Each group says why it is here.
import { eng } from 'stopword';

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Function words, pronouns and contractions missing from `stopword`'s short English list. */
const FUNCTION_WORDS = words(`
  us she its ourselves myself yourself themselves itself herself it's i'm i've i'd i'll we're
  we've we'd we'll you're you've you'd they're they've they'd he's she's that's there's what's
  let's who's here's don't didn't doesn't can't cannot won't isn't wasn't aren't weren't
  couldn't wouldn't shouldn't haven't hasn't hadn't not no nor yes so will shall may does
  doing done off again ever every always often sometimes even though although yet already one
  ones something anything everything nothing someone anyone everyone somebody everybody nobody
  etc when whenever wherever whether whose whom why until upon within without across around
  against among during above below down onto per via near towards toward beside behind inside
  outside beyond throughout less least few several own else either neither able gets getting
  makes made making say says took taking goes went going gone go mr mrs ms mx dr
`);

/**
 * Filler of spoken answers (many are said aloud and typed by the facilitator): hedges,
 * intensifiers and placeholders that carry no topic. "a lot of paperwork" is about paperwork.
 */
const SPOKEN_FILLER = words(`
  really actually basically maybe probably pretty quite kind kinda sort bit lot lots thing
  things stuff definitely totally literally honestly just ok okay oh um uh yeah gonna wanna
  lol
`);

/**
 * The frame of a huddle answer rather than its topic. Every answer is about this team and this
 * week, and the check-in asks how people think and feel, so these words would top every list
 * for every team and tell a leader nothing. "Feeling tired" is about being tired. Topic words
 * that only look generic ("time", "work", "day", "support") stay: "paper work" and "not enough
 * time" are real themes.
 */
const HUDDLE_FRAME = words(`
  team teams week weeks weekly today yesterday tomorrow lately recently think thinking thought
  feel feels felt feeling know knew want wanted good great nice fine
`);

/**
 * Adjectives that describe rather than name: alone they are never a topic, and at the edge of
 * a phrase they only qualify it ("the new intake form" is about the intake form).
 */
const QUALIFIERS = words(`
  new same different next last
`);

/**
 * Short words that may join two topic words inside a three-word phrase: "lack of time", "back to
 * back", "voice of families", "health and safety". Any other stopword ends a phrase, so
 * "paperwork i hate" is never a phrase.
 */
const LINKING = ['of', 'to', 'for', 'with', 'in', 'on', 'at', 'from', 'by', 'about', 'and', 'vs'];

/**
 * The people a human-services team serves. Every team talks about them in every huddle, in
 * every period, exactly like a steady topic, so "young people" or "carers" would top every list
 * and tell a leader only who the team works with. Unlike stopwords they are topic words: they
 * may sit inside a longer phrase that is a real topic ("family meetings", "parent evenings",
 * "voice of families", "young carers"), they are matched by curated themes ("Families" as a
 * theme a person names still works), and they are highlighted there. Only a phrase that is
 * nothing but one of these (any plural or possessive: matched by stem, so "families" and
 * "family's" too, and "parenting" with "parent"), or two of them joined by "and" ("parents and
 * carers"), is never a theme. "young", "person" and "people" are here because they are what is left
 * of "young person" once that is not a theme: alone they name nobody in particular. Kept short
 * on purpose: "staff", "workers" or "mum" are left to the everyday weighting (everyday.ts).
 */
export const SERVED_PEOPLE: readonly string[] = [
  'client',
  'young',
  'young person',
  'young people',
  'person',
  'people',
  'youth',
  'teen',
  'teenager',
  'kid',
  'child',
  'children',
  'resident',
  'patient',
  'carer',
  'parent',
  'service user',
  'family',
];

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...FUNCTION_WORDS,
  ...SPOKEN_FILLER,
  ...HUDDLE_FRAME,
  ...QUALIFIERS,
]);

export const LINKING_WORDS: ReadonlySet<string> = new Set(LINKING);
