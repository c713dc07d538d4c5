// What XML 1.0 cannot hold, for the writers of both packages: the .docx writer leaves such characters out, the .xlsx
// writer spells them as Excel does (_x0001_).

/** Characters XML 1.0 cannot hold at all: controls other than tab and line ends, U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
export const NOT_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
