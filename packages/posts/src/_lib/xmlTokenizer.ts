// The XML reader's tokenizer: the state machine of htmlparser2's Tokenizer in its XML mode without
// entity decoding (MIT, by Felix Böhm; the states, their transitions and the events they report
// are its, so a document tokenizes exactly as before), with the scanning changed: where a state
// waits for one character or sequence (text up to "<", a quoted value up to its quote, CDATA up to
// "]]>", a declaration up to ">"), the chunk is searched with indexOf instead of being read a
// character at a time through the state switch. CDATA was most of that reading: htmlparser2 reads
// a CDATA section one character per call, which was a quarter of reading a WordPress feed and
// most of reading a 100 MB item. Unlike htmlparser2, a CDATA section is reported in pieces, one
// per chunk, so a stream does not hold a 100 MB section's chunks until it ends.
//
// Offsets in the events are absolute (from the document's start), across chunks.

/** How an attribute value was written. */
export enum QuoteType {
  NoValue = 0,
  Unquoted = 1,
  Single = 2,
  Double = 3,
}

/** The events {@link XmlTokenizer} reports; `start`/`end` are absolute offsets. */
export interface XmlTokenCallbacks {
  onattribdata(start: number, end: number): void;
  onattribend(quote: QuoteType, end: number): void;
  onattribname(start: number, end: number): void;
  /** A CDATA section, or a piece of one; its text ends at `end - offset`. */
  oncdata(start: number, end: number, offset: number): void;
  onclosetag(start: number, end: number): void;
  oncomment(start: number, end: number, offset: number): void;
  ondeclaration(start: number, end: number): void;
  onopentagend(end: number): void;
  onopentagname(start: number, end: number): void;
  onselfclosingtag(end: number): void;
  ontext(start: number, end: number): void;
}

enum State {
  Text = 1,
  BeforeTagName = 2,
  InTagName = 3,
  InSelfClosingTag = 4,
  BeforeClosingTagName = 5,
  InClosingTagName = 6,
  AfterClosingTagName = 7,
  BeforeAttributeName = 8,
  InAttributeName = 9,
  AfterAttributeName = 10,
  BeforeAttributeValue = 11,
  InAttributeValueDq = 12,
  InAttributeValueSq = 13,
  InAttributeValueNq = 14,
  BeforeDeclaration = 15,
  InDeclaration = 16,
  InProcessingInstruction = 17,
  BeforeComment = 18,
  CdataSequence = 19,
  InSpecialComment = 21,
  InComment = 22,
  InCdata = 23,
}

const TAB = 9;
const NEWLINE = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;
const CLOSE_BRACKET = 93;

/** "CDATA[" after "<![". */
const CDATA_START = [67, 68, 65, 84, 65, 91];
/** "--!>": a comment ends at "-->" or at this. */
const COMMENT_END = [DASH, DASH, BANG, GT];

const isWhitespace = (c: number) =>
  c === SPACE || c === NEWLINE || c === TAB || c === FORM_FEED || c === CARRIAGE_RETURN;
const isEndOfTagSection = (c: number) => c === SLASH || c === GT || isWhitespace(c);

/** A streaming XML tokenizer: `write` chunks, then `end`. */
export class XmlTokenizer {
  private state = State.Text;
  private buffer = '';
  /** The absolute offset of `buffer`'s first character. */
  private offset = 0;
  /** The absolute offset being read. */
  private index = 0;
  private sectionStart = 0;
  private sequenceIndex = 0;

  constructor(private readonly cbs: XmlTokenCallbacks) {}

  write(chunk: string): void {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }

  end(): void {
    this.handleTrailingData();
  }

  /**
   * Moves to the next `char` (a one-character string) after the current one and returns true,
   * or to the chunk's last character and returns false.
   */
  private fastForwardTo(char: string): boolean {
    const at = this.buffer.indexOf(char, this.index + 1 - this.offset);
    if (at !== -1) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }

  private parse(): void {
    const buffer = this.buffer;
    const end = buffer.length + this.offset;
    while (this.index < end) {
      const c = buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text:
          this.stateText(c);
          break;
        case State.InCdata:
          this.stateInCdata(c);
          break;
        case State.InAttributeValueDq:
          this.handleInAttributeValue(c, DOUBLE_QUOTE, '"');
          break;
        case State.InAttributeName:
          this.stateInAttributeName(c);
          break;
        case State.BeforeAttributeName:
          this.stateBeforeAttributeName(c);
          break;
        case State.InTagName:
          this.stateInTagName(c);
          break;
        case State.InClosingTagName:
          this.stateInClosingTagName(c);
          break;
        case State.BeforeTagName:
          this.stateBeforeTagName(c);
          break;
        case State.AfterAttributeName:
          this.stateAfterAttributeName(c);
          break;
        case State.InAttributeValueSq:
          this.handleInAttributeValue(c, SINGLE_QUOTE, "'");
          break;
        case State.BeforeAttributeValue:
          this.stateBeforeAttributeValue(c);
          break;
        case State.BeforeClosingTagName:
          this.stateBeforeClosingTagName(c);
          break;
        case State.AfterClosingTagName:
          this.stateAfterClosingTagName(c);
          break;
        case State.InAttributeValueNq:
          this.stateInAttributeValueNoQuotes(c);
          break;
        case State.InSelfClosingTag:
          this.stateInSelfClosingTag(c);
          break;
        case State.InDeclaration:
          this.stateInDeclaration(c);
          break;
        case State.BeforeDeclaration:
          this.stateBeforeDeclaration(c);
          break;
        case State.BeforeComment:
          this.stateBeforeComment(c);
          break;
        case State.InProcessingInstruction:
          this.stateInProcessingInstruction(c);
          break;
        case State.CdataSequence:
          this.stateCdataSequence(c);
          break;
        case State.InComment:
          this.stateInComment(c);
          break;
        case State.InSpecialComment:
          this.stateInSpecialComment(c);
          break;
      }
      this.index++;
    }
    this.cleanup();
  }

  private stateText(c: number): void {
    if (c === LT || this.fastForwardTo('<')) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeTagName(c: number): void {
    if (c === BANG) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === QUESTION) {
      this.state = State.InProcessingInstruction;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (!isEndOfTagSection(c)) {
      this.sectionStart = this.index;
      this.state = State.InTagName;
    } else if (c === SLASH) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) return;
    if (c === GT) {
      this.state = State.Text;
      return;
    }
    this.state = c === SLASH ? State.InSpecialComment : State.InClosingTagName;
    this.sectionStart = this.index;
  }

  private stateInClosingTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }

  private stateAfterClosingTagName(c: number): void {
    if (c === GT || this.fastForwardTo('>')) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === GT) {
      this.cbs.onopentagend(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === SLASH) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === GT) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      this.state = State.Text;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (c === EQUALS || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }

  private stateAfterAttributeName(c: number): void {
    if (c === EQUALS) {
      this.state = State.BeforeAttributeValue;
    } else if (c === SLASH || c === GT) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === DOUBLE_QUOTE) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === SINGLE_QUOTE) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }

  private handleInAttributeValue(c: number, quote: number, quoteChar: string): void {
    if (c === quote || this.fastForwardTo(quoteChar)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(
        quote === DOUBLE_QUOTE ? QuoteType.Double : QuoteType.Single,
        this.index + 1,
      );
      this.state = State.BeforeAttributeName;
    }
  }

  private stateInAttributeValueNoQuotes(c: number): void {
    if (isWhitespace(c) || c === GT) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === 91 /* [ */) {
      this.state = State.CdataSequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === DASH ? State.BeforeComment : State.InDeclaration;
    }
  }

  private stateCdataSequence(c: number): void {
    if (c === CDATA_START[this.sequenceIndex]) {
      if (++this.sequenceIndex === CDATA_START.length) {
        this.state = State.InCdata;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    }
  }

  private stateInDeclaration(c: number): void {
    if (c === GT || this.fastForwardTo('>')) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateInProcessingInstruction(c: number): void {
    if (c === QUESTION) {
      this.sequenceIndex = 1;
    } else if (c === GT && this.sequenceIndex === 1) {
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo('?'));
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === DASH) {
      this.state = State.InComment;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }

  private stateInSpecialComment(c: number): void {
    if (c === GT || this.fastForwardTo('>')) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  /** In a comment: it ends at "-->" or "--!>". */
  private stateInComment(c: number): void {
    if (this.sequenceIndex === 2 && c === GT) {
      this.endComment(2);
    } else if (this.sequenceIndex === COMMENT_END.length - 1 && c !== GT) {
      this.sequenceIndex = Number(c === DASH);
    } else if (c === COMMENT_END[this.sequenceIndex]) {
      if (++this.sequenceIndex === COMMENT_END.length) this.endComment(3);
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo('-')) this.sequenceIndex = 1;
    } else if (c !== COMMENT_END[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }

  private endComment(offset: number): void {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }

  /**
   * In a CDATA section: `sequenceIndex` is how many "]" of its "]]>" end were just read. With
   * none, the chunk is searched for "]]>"; without one, the "]" that end the chunk are counted.
   */
  private stateInCdata(c: number): void {
    if (this.sequenceIndex === 2) {
      if (c === GT) this.endCdata();
      else if (c !== CLOSE_BRACKET) this.sequenceIndex = 0;
      return;
    }
    if (this.sequenceIndex === 1) {
      this.sequenceIndex = c === CLOSE_BRACKET ? 2 : 0;
      return;
    }
    const buffer = this.buffer;
    const from = this.index - this.offset;
    const at = buffer.indexOf(']]>', from);
    if (at !== -1) {
      this.index = at + 2 + this.offset;
      this.endCdata();
      return;
    }
    const last = buffer.length - 1;
    this.index = last + this.offset;
    if (last >= from && buffer.charCodeAt(last) === CLOSE_BRACKET) {
      this.sequenceIndex =
        last - 1 >= from && buffer.charCodeAt(last - 1) === CLOSE_BRACKET ? 2 : 1;
    }
  }

  /** At the ">" of "]]>". */
  private endCdata(): void {
    this.cbs.oncdata(this.sectionStart, this.index, 2);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }

  /** At the end of a chunk: the text (or CDATA, or attribute value) read so far is reported. */
  private cleanup(): void {
    if (this.sectionStart === this.index) return;
    const state = this.state;
    if (state === State.Text) {
      this.cbs.ontext(this.sectionStart, this.index);
      this.sectionStart = this.index;
    } else if (
      state === State.InAttributeValueDq ||
      state === State.InAttributeValueSq ||
      state === State.InAttributeValueNq
    ) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = this.index;
    } else if (state === State.InCdata) {
      // Not the "]" that may begin the section's end in the next chunk.
      const end = this.index - this.sequenceIndex;
      if (end > this.sectionStart) {
        this.cbs.oncdata(this.sectionStart, end, 0);
        this.sectionStart = end;
      }
    }
  }

  private handleTrailingData(): void {
    const endIndex = this.buffer.length + this.offset;
    switch (this.state) {
      case State.InCdata:
        if (this.sectionStart < endIndex) this.cbs.oncdata(this.sectionStart, endIndex, 0);
        return;
      case State.InComment:
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return;
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CdataSequence:
      case State.InDeclaration:
        this.cbs.ontext(this.sectionStart, endIndex);
        return;
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName:
        // A tag cut off by the end of the input is reported by nothing (htmlparser2's choice).
        return;
      default:
        if (this.sectionStart < endIndex) this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
}
