/**
 * Text from a document a person brings: plain text, a web page (its main content, found by Mozilla's Readability, the
 * engine of Firefox's reader view, on a linkedom DOM), a PDF (unpdf, a packaging of Mozilla's pdf.js for servers) or a
 * Word file (mammoth). The text is what gets archived and extracted; offsets of evidence refer to it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../domain/errors.js';
import { decodeArticleBytes } from '../extract/validate.js';

export interface ReadDocument {
  text: string;
  /** A title found in the document itself (the page's or the PDF's), when there is one. */
  title?: string;
}

const DOCUMENT_TYPES = ['txt', 'html', 'pdf', 'docx'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The type of a file by its name, else by its first bytes. */
function documentType(name: string, bytes: Uint8Array): DocumentType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'txt';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext) return null;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^\s*(<!doctype html|<html)/i.test(head)) return 'html';
  return 'txt';
}

/** Blank-line paragraphs, single spaces, no trailing blanks: extracted text reads like the original. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The main content of a web page; the whole body when Readability finds no article in it. */
function readHtml(html: string): ReadDocument {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (article?.content) {
    // Paragraph breaks are kept by reading the cleaned article's block elements one by one.
    const { document: clean } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = [...clean.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td')]
      .filter((el) => !el.querySelector('p,li,blockquote,pre,td'))
      .map((el) => el.textContent ?? '');
    const text = tidy(blocks.length ? blocks.join('\n\n') : article.textContent ?? '');
    if (text) return { text, title: article.title?.trim() || title };
  }
  const { document: again } = parseHTML(html);
  for (const el of again.querySelectorAll('script,style,noscript,template')) el.remove();
  return { text: tidy(again.body?.textContent ?? ''), title };
}

async function readPdf(bytes: Uint8Array, name: string): Promise<ReadDocument> {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (e) {
    throw new InputError('bad_document', `${name}: not a readable PDF (${(e as Error).message})`, 422);
  }
  const { text } = await extractText(pdf, { mergePages: false });
  const meta = await getMeta(pdf).catch(() => null);
  const title = typeof meta?.info?.Title === 'string' && meta.info.Title.trim() ? meta.info.Title.trim() : undefined;
  return { text: tidy((text as string[]).join('\n\n')), title };
}

async function readDocx(bytes: Uint8Array, name: string): Promise<ReadDocument> {
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: tidy(value) };
  } catch (e) {
    throw new InputError('bad_document', `${name}: not a readable Word document (${(e as Error).message})`, 422);
  }
}

/** Reads a file's text; InputError (415/422) for a type it cannot read or a file with no text. */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const type = documentType(name, bytes);
  if (!type) throw new InputError('unsupported_document', `${name}: only ${DOCUMENT_TYPES.map((t) => '.' + t).join(', ')} files can be added`, 415);
  const out = type === 'pdf' ? await readPdf(bytes, name)
    : type === 'docx' ? await readDocx(bytes, name)
      : type === 'html' ? readHtml(decodeArticleBytes(bytes, name))
        : { text: decodeArticleBytes(bytes, name) };
  if (!out.text.trim()) throw new InputError('empty_document', `${name}: no text found in it${type === 'pdf' ? ' (a scanned PDF needs OCR first)' : ''}`, 422);
  return out;
}
