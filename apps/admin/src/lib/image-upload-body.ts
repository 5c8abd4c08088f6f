/**
 * The body of an image upload through the SDK client, as `multipart/form-data` (`file`, optional `alt`).
 * openapi-typescript types a binary part as a string, so `body` names the file for the types while the
 * serializer sends the File itself; going through the client keeps the bearer token and its renewal.
 */
export function imageUploadBody(file: File, alt?: string) {
  return {
    body: { file: file.name, ...(alt ? { alt } : {}) },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (alt) form.append('alt', alt);
      return form;
    },
  };
}
