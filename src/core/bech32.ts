/** The bech32 alphabet (BIP 173). */
export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) {
      if ((top >>> i) & 1) {
        chk ^= GENERATOR[i];
      }
    }
  }
  return chk >>> 0;
}

function expand(hrp: string): number[] {
  const codes = Array.from(hrp, c => c.charCodeAt(0));
  return [...codes.map(c => c >> 5), 0, ...codes.map(c => c & 31)];
}

/**
 * Whether a bech32 string (`<hrp>1<data and 6 checksum characters>`, any one case)
 * carries a valid BIP 173 checksum, as age secret keys (`AGE-SECRET-KEY-1…`) do.
 */
export function hasBech32Checksum(text: string): boolean {
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7) {
    return false;
  }
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) {
      return false;
    }
    data.push(v);
  }
  return polymod([...expand(lower.slice(0, sep)), ...data]) === 1;
}

/**
 * Append the bech32 checksum to `data` (characters of the bech32 alphabet) under `hrp`:
 * used to assemble fake keys at run time.
 */
export function bech32WithChecksum(hrp: string, data: string): string {
  const values = Array.from(data.toLowerCase(), c => BECH32_CHARSET.indexOf(c));
  const mod =
    polymod([...expand(hrp.toLowerCase()), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let i = 0; i < 6; i++) {
    checksum += BECH32_CHARSET[(mod >>> (5 * (5 - i))) & 31];
  }
  return `${hrp}1${data}${checksum}`;
}
