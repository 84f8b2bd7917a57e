/**
 * How far an event subscription has read its stream, sent as a subscription result with no
 * `data`, only `extensions.streamPosition`. A subscriber that resumes after that position misses
 * nothing it would have received, so it can resume from there although no event of its own came:
 * right after subscribing, and after events its filter passed over.
 */
export interface StreamPosition {
  readonly streamPosition: string;
}

/** Key of the subscription result's `extensions` that carries the position. */
export const STREAM_POSITION_EXTENSION = 'streamPosition';

export function streamPosition(id: string): StreamPosition {
  return { streamPosition: id };
}

export function isStreamPosition(value: unknown): value is StreamPosition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<StreamPosition>).streamPosition === 'string'
  );
}

/** The position a subscription result carries, or null for a result holding an event. */
export function positionOfResult(result: {
  data?: unknown;
  extensions?: Record<string, unknown>;
}): string | null {
  const position = result.extensions?.[STREAM_POSITION_EXTENSION];

  return result.data == null && typeof position === 'string' ? position : null;
}
