import { contrastRatio, describeContrast } from '../contrast';

export interface ContrastSwatchProps {
  /** e.g. "Primary button". */
  title: string;
  background: string;
  foreground: string;
  sample: string;
}

/** A live sample of text on a colour, with its WCAG contrast ratio and whether customers can read it. */
export function ContrastSwatch({ title, background, foreground, sample }: ContrastSwatchProps) {
  const ratio = contrastRatio(background, foreground);
  const verdict = ratio === null ? null : describeContrast(ratio);
  return (
    <figure className="ad-swatch">
      <div
        className="ad-swatch__sample"
        style={ratio === null ? undefined : { background, color: foreground }}
        aria-hidden="true"
      >
        {sample}
      </div>
      <figcaption className="ad-swatch__caption">
        <span className="ad-swatch__title">{title}</span>{' '}
        {verdict === null ? (
          <span className="ct-text-muted">Enter both colours to check the contrast.</span>
        ) : (
          <span
            className={verdict.readable ? 'ad-swatch__verdict' : 'ad-swatch__verdict ad-swatch__verdict--low'}
          >
            <span aria-hidden="true">{verdict.readable ? '✓ ' : '✗ '}</span>
            {verdict.text}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
