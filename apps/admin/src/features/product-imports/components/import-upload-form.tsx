import { Button, Card, FieldShell, useFieldIds } from '@comptoir/ui';
import { type FormEvent, useRef, useState } from 'react';
import type { ProductImportUpload } from '../api/start-product-import';
import './product-imports.css';

/** The largest file the API takes. */
const maxFileBytes = 50 * 1024 * 1024;
const fileHint = 'A .csv file of up to 50 MB.';

export interface ImportUploadFormProps {
  onStart: (upload: ProductImportUpload) => void;
  /** Which upload is being sent, if one is. */
  uploading: ProductImportUpload | null;
}

function checkFile(file: File | null): string | null {
  if (!file) return 'Choose a CSV file first.';
  if (file.size === 0) return 'This file is empty.';
  if (file.size > maxFileBytes) return 'This file is larger than 50 MB. Split it into several files.';
  return null;
}

/** The CSV file to check (dry run: nothing is written) or to import. */
export function ImportUploadForm({ onStart, uploading }: ImportUploadFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useFieldIds(undefined, {
    hint: fileHint,
    error: error ?? undefined,
  });

  function start(dryRun: boolean) {
    const problem = checkFile(file);
    setError(problem);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    onStart({ file, dryRun });
  }

  return (
    <Card
      title="Upload a file"
      description="Check the file first: every row is read and the errors are listed, without changing anything. The import itself is all or nothing."
    >
      <form
        className="ad-import-upload"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          start(true);
        }}
      >
        <FieldShell ids={ids} label="CSV file" hint={fileHint} error={error}>
          <input
            ref={input}
            id={ids.controlId}
            className="ad-file-input"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={ids.describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
            }}
          />
        </FieldShell>
        <div className="ad-row-actions ad-row-actions--start">
          <Button type="submit" variant="primary" loading={uploading?.dryRun === true} disabled={!!uploading}>
            Check file (dry run)
          </Button>
          <Button
            variant="secondary"
            loading={uploading?.dryRun === false}
            disabled={!!uploading}
            onClick={() => start(false)}
          >
            Import
          </Button>
        </div>
      </form>
    </Card>
  );
}
