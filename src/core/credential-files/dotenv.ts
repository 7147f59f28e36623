import { findValue } from './spots';
import type { IInspection } from './types';

// `NAME=value` or `export NAME=value`, the value up to a quote, blank or comment.
const ASSIGNMENT =
  /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*['"]?([^\s'"#]+)/gm;
// Names that say the value is a credential; `PORT`, `DEBUG` or `REGION` are not.
const SECRET_NAME =
  /(?:key|token|secret|passw(?:or)?d|pwd|credential|auth|private|cookie|session)/i;

/**
 * Finds the first credential a `.env` file sets, judged by the variable's name.
 *
 * @returns `null` when it only sets ordinary settings: such a file is not reported.
 */
export function inspectDotenv(text: string): IInspection | null {
  // Check names separately rather than inside the pattern, which would backtrack on
  // long names (`[A-Z_]*(?:KEY|…)[A-Z_]*`).
  const names = new RegExp(ASSIGNMENT.source, 'gm');
  let match: RegExpExecArray | null;
  while ((match = names.exec(text)) !== null) {
    if (!SECRET_NAME.test(match[1])) {
      continue;
    }
    const spot = findValue(
      text.slice(match.index, match.index + match[0].length),
      ASSIGNMENT,
      2,
      () => true
    );
    if (spot) {
      return {
        spot: {
          ...spot,
          start: spot.start + match.index,
          end: spot.end + match.index
        }
      };
    }
  }
  return null;
}
