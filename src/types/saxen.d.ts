// Types for saxen (it ships none): only the parts Docket uses.
declare module 'saxen' {
  export interface ParseContext {
    line: number;
    column: number;
    data: string;
  }
  type Context = () => ParseContext;
  type Decode = (text: string) => string;

  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'openTag', handler: (name: string, attributes: () => Record<string, string>, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'closeTag', handler: (name: string, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'text', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'cdata', handler: (text: string, context: Context) => void): this;
    on(event: 'comment', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'question', handler: (text: string, context: Context) => void): this;
    on(event: 'attention', handler: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'error' | 'warn', handler: (error: Error, context: Context) => void): this;
    parse(xml: string): Error | undefined;
  }
}
