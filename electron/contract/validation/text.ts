// Text as staff type or paste it: full-width letters, digits and spaces from Chinese input
// methods become their ordinary forms, so the same name is always stored the same way.

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const CJK = '\\p{Script=Han}';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'gu');
// The separator in transcribed names (阿依古丽·买买提) comes in several look-alikes.
const NAME_DOTS = /\s*[\u30FB\u2022\u2027\u00B7\uFF0E\u2219\u22C5\u0387]\s*/g;

/** Full-width A–Z, a–z, 0–9 to ASCII; Chinese punctuation (，。) is left as it is. */
export function halfWidthAlnum(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Control characters (NUL and the like) come only from bad pastes and files; SQLite's length()
// stops at a NUL, so a name of "\0" would pass the schema and then fail the table's CHECK.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** One line of text: control characters dropped, full-width spaces and runs of spaces one space, ends trimmed. */
export function normaliseLine(text: string): string {
  return halfWidthAlnum(text).replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * A person's name: as a line, without the spaces paper forms put between Chinese characters
 * (王  芳 → 王芳), with one kind of middle dot. Latin names keep their single spaces.
 */
export function normaliseName(text: string): string {
  return normaliseLine(text).replace(SPACE_BETWEEN_CJK, '').replace(NAME_DOTS, '·');
}

/** Several lines (notes): each line's ends trimmed of full-width and ordinary spaces. */
export function normaliseLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s+|\s+$/g, ''))
    .join('\n')
    .trim();
}
