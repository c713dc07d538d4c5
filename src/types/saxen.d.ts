// Types for saxen (it ships none): only the parts Docket uses.
declare module 'saxen' {
  export interface ParseContext {
    line: number;
    column: number;
    data: string;
  }
  type Context = () => ParseContext;
  type Decode = (text: string) => string;
  /** In proxy mode: a view of the element being parsed (valid only during the callback). */
  export interface ElementProxy {
    name: string;
    originalName: string;
    attrs: Record<string, string>;
    /** Each prefix in scope → its alias; `alias$uri` → the namespace URI. */
    ns: Record<string, string>;
  }

  export class Parser {
    constructor(options?: { proxy?: boolean });
    /** Namespace-aware parsing: elements of each namespace URI are named with the prefix this map gives it. */
    ns(uriToPrefix?: Record<string, string>): this;
    on(event: 'openTag', handler: (name: string, attributes: () => Record<string, string>, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'openTag', handler: (element: ElementProxy, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'closeTag', handler: (name: string, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'closeTag', handler: (element: ElementProxy, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'text', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'cdata', handler: (text: string, context: Context) => void): this;
    on(event: 'comment', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'question', handler: (text: string, context: Context) => void): this;
    on(event: 'attention', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'error' | 'warn', handler: (error: Error, context: Context) => void): this;
    parse(xml: string): Error | undefined;
    /** Streaming: parses the next piece (a token cut in two is kept for the next piece). */
    write(xml: string): this;
    /** Ends the stream begun by write. */
    end(): Error | undefined;
  }
}
