/** The bundled notices, and the organisations they make. A new organisation is one added document. */
import { createNoticeRegistry, type NoticeRegistry } from '../notice/registry';
import type { NoticeDocument, Organisation } from '../types';
import { KUPASI_2025 } from './kupasi';
import { SJTU_2025 } from './sjtu';

export const BUNDLED_NOTICES: readonly NoticeDocument[] = [SJTU_2025, KUPASI_2025];

export const BUNDLED_NOTICE_REGISTRY: NoticeRegistry = createNoticeRegistry(BUNDLED_NOTICES);

export const ORGANISATIONS: readonly Organisation[] = BUNDLED_NOTICE_REGISTRY.organisations;
export const [SJTU, KUPASI] = ORGANISATIONS;
