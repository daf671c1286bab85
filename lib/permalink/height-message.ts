/*
 * The one message an embed sends to the page that frames it: how tall its content is. Nothing else
 * crosses the frame, so there is nothing for a hostile page to read or forge beyond a height, and the
 * receiver (embed.js) still checks the sender's origin and window before it resizes anything.
 */

export const HEIGHT_MESSAGE_TYPE = 'timeline-embed:height';

/** Tallest height honoured, in CSS pixels: a runaway layout must not make the host page endless. */
export const MAX_EMBED_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** The height a message carries, or null unless it is exactly a height message with a sane height. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, height, ...rest } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || Object.keys(rest).length > 0) return null;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_EMBED_HEIGHT) return null;
  return Math.ceil(height);
}

/** What the receiver knows of a message and of the iframe it expects it from. */
export interface MessageFacts {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The height to give `frame`, or null: the message must come from the frame's own window and from
 * the origin its src names, so another frame or a script on the host page cannot resize it.
 */
export function acceptHeightMessage(message: MessageFacts, frame: { origin: string; window: unknown }): number | null {
  if (message.origin !== frame.origin || message.source !== frame.window || frame.window == null) return null;
  return readHeightMessage(message.data);
}
