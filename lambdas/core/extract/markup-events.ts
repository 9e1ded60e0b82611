import { Parser } from 'htmlparser2';

/**
 * The events of one htmlparser2 parse, kept so that the page can be built
 * later without being tokenized again (markup-tree.ts records them while it
 * reads the page; markup-replay.ts builds the linkedom document from them).
 */

/** Kinds of parser event, as linkedom's builder (parse-from-string.js) handles them. */
export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;
export const COMMENT = 3;
export const DECLARATION = 4;
export const CDATA_START = 5;
export const CDATA_END = 6;
/** An event's kind is its code's low bits; its operand (an element, or an entry of `strings`) the bits above. */
export const KIND_BITS = 3;

/**
 * Every event of the one parse, in order: an element's start (when its start
 * tag ends, with its attributes, as linkedom builds it) and its close, text,
 * comments, declarations (the doctype) and CDATA bounds. With these the
 * page can be built without reading it a second time.
 */
export interface ParseEvents {
  /** `kind | operand << KIND_BITS`: the element's index for OPEN and CLOSE, an entry of `strings` for TEXT, COMMENT and DECLARATION (its name, then its data). */
  codes: number[];
  strings: string[];
  /**
   * For each TEXT entry of `strings`: where it lies in the page, `[sourceStarts, sourceEnds)`, when it is
   * characters as written (a run the tokenizer emits whole); -1 for an entity's decoded character.
   */
  sourceStarts: number[];
  sourceEnds: number[];
  /** Each element's attributes as the parser gives them at the end of its start tag. */
  attributes: Record<string, string>[];
  /** False when the events do not say what linkedom builds: a start tag that never ended, a close with nothing open. */
  complete: boolean;
}

/**
 * htmlparser2's parser, telling which text events are characters as written
 * and which an entity's decoded character: both reach the callbacks as text,
 * and only the first can join the text of a neighbour when markup between
 * them is cut (markup-replay.ts).
 */
export class SourceTellingParser extends Parser {
  /** Where the text being reported starts in the page, or -1 for an entity. */
  textStart = -1;
  override ontext(start: number, endIndex: number): void {
    this.textStart = start;
    super.ontext(start, endIndex);
  }
  override ontextentity(cp: number, endIndex: number): void {
    this.textStart = -1;
    super.ontextentity(cp, endIndex);
  }
}

/** Records a parse's events (markup-tree.ts calls it from the parser's callbacks). */
export class EventLog {
  readonly events: ParseEvents = {
    codes: [],
    strings: [],
    sourceStarts: [],
    sourceEnds: [],
    attributes: [],
    complete: true,
  };
  private opened = 0;

  private record(kind: number, operand: number): void {
    this.events.codes.push(kind | (operand << KIND_BITS));
  }

  /** Keep a string the events carry; returns its place. */
  private keep(text: string, sourceStart = -1): number {
    const { events } = this;
    events.strings.push(text);
    events.sourceStarts.push(sourceStart);
    events.sourceEnds.push(sourceStart < 0 ? -1 : sourceStart + text.length);
    return events.strings.length - 1;
  }

  /** The end of element `i`'s start tag, with its attributes: linkedom builds it now. */
  open(i: number, attributes: Record<string, string>): void {
    this.events.attributes[i] = attributes;
    this.record(OPEN, i);
    this.opened++;
  }

  /** A close of element `i` (-1: with nothing open, which linkedom's builder does not survive). */
  close(i: number): void {
    if (i < 0) this.events.complete = false;
    else this.record(CLOSE, i);
  }

  /** Text; `sourceStart`: where its characters start in the page, or -1 for an entity's character. */
  text(text: string, sourceStart: number): void {
    this.record(TEXT, this.keep(text, sourceStart));
  }

  /** More characters of the text just recorded (the parser broke the run where a chunk of the page ends). */
  extendText(text: string): void {
    const { events } = this;
    const last = events.strings.length - 1;
    events.strings[last] += text;
    events.sourceEnds[last] = events.sourceEnds[last]! + text.length;
  }

  comment(data: string): void {
    this.record(COMMENT, this.keep(data));
  }

  declaration(name: string, data: string): void {
    // Its name, then its data, in consecutive places.
    this.record(DECLARATION, this.keep(name));
    this.keep(data);
  }

  cdata(start: boolean): void {
    this.record(start ? CDATA_START : CDATA_END, 0);
  }

  /** The parse is over, with `elements` elements named: a start tag the page ended inside of never made one in linkedom. */
  finish(elements: number): void {
    if (this.opened !== elements) this.events.complete = false;
  }
}
