/** The registry of evaluation organisations. A new organisation is one added line. */
import type { Organisation } from '../types';
import { KUPASI } from './kupasi';
import { SJTU } from './sjtu';

export const ORGANISATIONS: readonly Organisation[] = [SJTU, KUPASI];
