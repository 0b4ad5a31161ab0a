import type { Track } from '@skills/shared';

/**
 * How both adapters store a track: a level as its digit text ('1'..'5'), the
 * special-ability track as 'special'. One encoding, so data moved between the
 * SQLite file and CloudBase collections reads back the same.
 *
 * @example textToTrack(trackToText(4)) === 4
 */
export function trackToText(track: Track): string {
  return String(track);
}

/** The inverse of trackToText; the stored value is typed loosely by both drivers. */
export function textToTrack(text: unknown): Track {
  return text === 'special' ? 'special' : (Number(text) as Track);
}
