import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STYLES, styleFromJson, type HouseStyle } from '../attn/style.js';
import { CliError, type Io } from './io.js';

/** `--style yonhap|reuters|FILE.json`: a built-in house style, or one described in a JSON file. */
export function readStyle(option: string | undefined, io: Io): HouseStyle {
  if (option === undefined) return STYLES.yonhap!;
  const builtIn = STYLES[option];
  if (builtIn) return builtIn;
  const path = resolve(io.cwd, option);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`--style ${option}: no such style; use yonhap, reuters, or a JSON file of your house style`);
  }
  try {
    return styleFromJson(JSON.parse(text), option.replace(/^.*\//, '').replace(/\.json$/, ''));
  } catch (error) {
    throw new CliError(`--style ${option}: ${(error as Error).message}`);
  }
}
