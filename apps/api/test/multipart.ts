/** A multipart/form-data body as a browser would send it (image uploads). */
export async function multipartForm(parts: {
  file?: { data: Buffer; name: string; type: string };
  alt?: string;
}): Promise<{ payload: Buffer; headers: { 'content-type': string } }> {
  const body = new FormData();
  if (parts.alt !== undefined) body.append('alt', parts.alt);
  if (parts.file) {
    body.append(
      'file',
      new Blob([new Uint8Array(parts.file.data)], { type: parts.file.type }),
      parts.file.name,
    );
  }
  const encoded = new Response(body);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}
