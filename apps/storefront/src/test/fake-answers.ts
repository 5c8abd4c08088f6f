/** What the in-memory Store API fakes share: the request they see and the answers they give. */

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

export interface FakeRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** A JSON answer, or a file (`file`: a PDF with its attachment name). */
export type Answer = { status: number; body?: unknown; file?: { fileName: string; content: string } };

export const problem = (
  status: number,
  code: string,
  detail: string,
  errors?: { path: string; message: string }[],
): Answer => ({
  status,
  body: { type: 'about:blank', title: detail, status, code, detail, ...(errors ? { errors } : {}) },
});
