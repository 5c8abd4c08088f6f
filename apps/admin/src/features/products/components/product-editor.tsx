import { Alert, Button, Card, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useUnsavedChangesWarning } from '../../../lib/use-unsaved-changes-warning';
import { useCreateProduct } from '../api/create-product';
import type { AdminProduct, ProductStatus } from '../api/product-types';
import { useReplaceVariants } from '../api/replace-variants';
import { useUpdateProduct } from '../api/update-product';
import type { CategoryChoice } from '../category-choice';
import { getProductFormErrors } from '../product-form-errors';
import {
  emptyProductValues,
  type FeatureDraft,
  isGeneralChanged,
  isVariantsChanged,
  newFeatureDraft,
  type ProductFormValues,
  toNewProduct,
  toProductFormValues,
  toProductUpdate,
  toVariantsReplacement,
} from '../product-form-values';
import { generateVariantRows, type OptionDraft, type VariantRow } from '../variant-matrix';
import { CategoryChecklist } from './category-checklist';
import { ImageManager } from './image-manager';
import { MarkdownField } from './markdown-field';
import { OptionsEditor } from './options-editor';
import { productStatusLabels } from './product-status-badge';
import { SeoFields, seoDescriptionMax, seoTitleMax } from './seo-fields';
import { VariantsMatrix } from './variants-matrix';
import './product-editor.css';

const statusOptions = (['draft', 'active', 'archived'] as const).map((status) => ({
  value: status,
  label: productStatusLabels[status],
}));

/** The text SKUs are suggested from: the handle, or the title until a handle is typed. */
function skuBase(values: Pick<ProductFormValues, 'handle' | 'title'>): string {
  return values.handle.trim() || values.title.trim();
}

export interface ProductEditorProps {
  /** The product to edit; undefined for a new one. */
  product?: AdminProduct;
  /** The category tree in reading order. */
  categories: readonly CategoryChoice[];
  /** Without `catalog:write` the editor is read-only. */
  canWrite: boolean;
  /** The currency prices are typed in (the product's, or the store's for a new product). */
  currency: string;
  /** A new product was created: the page moves to its address. */
  onCreated: (product: AdminProduct) => void;
  /** Loads the product again (after a version conflict). */
  onReload: () => Promise<AdminProduct | undefined>;
  /** The product was created just before this page opened: say so. */
  justCreated?: boolean;
}

/**
 * The product editor: general fields, categories, features, SEO, options with the generated variants matrix,
 * and (for a saved product) images. Saving a new product creates it; saving an existing one sends the general
 * fields and the variants separately, each with the `version` it was edited from, so someone else's save is
 * never overwritten (409 → "Reload"). Leaving with unsaved changes asks first.
 */
export function ProductEditor({
  product,
  categories,
  canWrite,
  currency,
  onCreated,
  onReload,
  justCreated = false,
}: ProductEditorProps) {
  const [initial] = useState(() => (product ? toProductFormValues(product) : emptyProductValues()));
  const [values, setValues] = useState<ProductFormValues>(initial);
  const [saved, setSaved] = useState<ProductFormValues>(initial);
  const [version, setVersion] = useState(product?.version ?? 0);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(
    justCreated ? 'Product created. You can now add images.' : null,
  );
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const replaceVariants = useReplaceVariants();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  // Set just before leaving on purpose (after creating the product), so the unsaved-changes guard lets it go.
  const leaving = useRef(false);

  const dirty = canWrite && (isGeneralChanged(values, saved) || isVariantsChanged(values, saved));
  const apiErrors = getProductFormErrors(saveError);
  // Fields edited since the last save attempt: their errors are hidden, as they may no longer apply.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const fieldErrors = Object.fromEntries(
    Object.entries({ ...apiErrors.fields, ...localErrors }).filter(
      ([path]) => !edited.has(path) && !(edited.has('options') && /^(options|variants)\b/.test(path)),
    ),
  );
  const formError =
    apiErrors.form ??
    (Object.keys(localErrors).length > 0 ? 'The product was not saved. Check the highlighted fields.' : null);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  // Closing or reloading the tab with unsaved changes: the browser asks too.
  useUnsavedChangesWarning(dirty);

  // After a failed save, move focus to the first field to fix (keyboard and screen reader users land on it).
  useEffect(() => {
    if (!saveError && Object.keys(localErrors).length === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else formRef.current?.querySelector<HTMLElement>('.ad-editor__status [role="alert"]')?.focus();
  }, [saveError, localErrors]);

  function markEdited(paths: readonly string[]) {
    setEdited((previous) => new Set([...previous, ...paths]));
  }

  function change(patch: Partial<ProductFormValues>) {
    setNotice(null);
    // Changing the options rebuilds the matrix: its rows' errors no longer match them.
    if (!('features' in patch)) markEdited(Object.keys(patch));
    setValues((previous) => {
      const next = { ...previous, ...patch };
      // The handle (or title) feeds suggested SKUs; options feed the whole matrix.
      if ('options' in patch || 'handle' in patch || 'title' in patch) {
        next.variants = generateVariantRows(next.options, next.variants, skuBase(next));
      }
      return next;
    });
  }

  function changeRow(index: number, patch: Partial<VariantRow>) {
    setNotice(null);
    markEdited(Object.keys(patch).map((field) => `variants.${index}.${field}`));
    setValues((previous) => ({
      ...previous,
      variants: previous.variants.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    }));
  }

  function changeFeature(index: number, patch: Partial<FeatureDraft>) {
    markEdited(Object.keys(patch).map((field) => `features.${index}.${field}`));
    change({
      features: values.features.map((feature, at) => (at === index ? { ...feature, ...patch } : feature)),
    });
  }

  function markSaved(next: AdminProduct, notice: boolean) {
    const fresh = toProductFormValues(next);
    setValues(fresh);
    setSaved(fresh);
    setVersion(next.version);
    setNotice(notice ? 'Product saved' : null);
  }

  async function save() {
    setSaveError(null);
    setEdited(new Set());
    setNotice(null);
    const errors: Record<string, string> = {};
    if (values.title.trim() === '') errors.title = 'Enter a title.';
    if (values.seoTitle.trim().length > seoTitleMax)
      errors.seoTitle = `Use ${seoTitleMax} characters or fewer.`;
    if (values.seoDescription.trim().length > seoDescriptionMax)
      errors.seoDescription = `Use ${seoDescriptionMax} characters or fewer.`;

    if (!product) {
      const { body, errors: amountErrors } = toNewProduct(values, currency);
      Object.assign(errors, amountErrors);
      setLocalErrors(errors);
      if (Object.keys(errors).length > 0) return;
      setSaving(true);
      try {
        const created = await create.mutateAsync(body);
        leaving.current = true;
        markSaved(created, true);
        onCreated(created);
      } catch (error) {
        setSaveError(error);
      } finally {
        setSaving(false);
      }
      return;
    }

    const generalChanged = isGeneralChanged(values, saved);
    const variantsChanged = isVariantsChanged(values, saved);
    const replacement = variantsChanged ? toVariantsReplacement(values, currency, version) : null;
    Object.assign(errors, replacement?.errors);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (!generalChanged && !variantsChanged) {
      setNotice('Product saved');
      return;
    }
    setSaving(true);
    let current = version;
    let latest: AdminProduct | null = null;
    try {
      if (generalChanged) {
        latest = await update.mutateAsync({ id: product.id, changes: toProductUpdate(values, current) });
        current = latest.version;
        setVersion(current);
        // The general fields are saved even if the variants fail next: only the variants stay "unsaved".
        const { options: _options, variants: _variants, ...general } = values;
        setSaved((previous) => ({ ...previous, ...general }));
      }
      if (replacement) {
        latest = await replaceVariants.mutateAsync({
          id: product.id,
          replacement: { ...replacement.body, version: current },
        });
      }
      if (latest) markSaved(latest, true);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        markSaved(fresh, false);
        setSaveError(null);
        setLocalErrors({});
      }
    } finally {
      setReloading(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (canWrite) void save();
  }

  return (
    <div className="ad-editor">
      <form
        ref={formRef}
        id={formId}
        className="ad-editor__form"
        onSubmit={handleSubmit}
        noValidate
        aria-label={product ? `Edit ${product.title}` : 'New product'}
      >
        <div className="ad-editor__status" aria-live="polite">
          {notice && !dirty ? <Alert tone="success">{notice}</Alert> : null}
          {formError ? (
            <Alert
              tone="error"
              title={apiErrors.conflict ? 'This product changed elsewhere' : 'The product was not saved'}
              action={
                apiErrors.conflict ? (
                  <Button variant="secondary" size="sm" loading={reloading} onClick={() => void reload()}>
                    Reload the product
                  </Button>
                ) : null
              }
            >
              {formError}
            </Alert>
          ) : null}
        </div>

        <fieldset className="ad-editor__fields" disabled={!canWrite}>
          <Card title="General">
            <div className="ad-editor__grid">
              <TextField
                label="Title"
                required
                className="ad-editor__wide"
                value={values.title}
                onChange={(event) => change({ title: event.target.value })}
                error={fieldErrors.title}
              />
              <TextField
                label="Handle"
                hint="The product's address in the storefront; made from the title when left empty."
                value={values.handle}
                onChange={(event) => change({ handle: event.target.value })}
                error={fieldErrors.handle}
              />
              <SelectField
                label="Status"
                hint="Only active products are shown in the storefront."
                options={statusOptions}
                value={values.status}
                onChange={(event) => change({ status: event.target.value as ProductStatus })}
                error={fieldErrors.status}
              />
              <div className="ad-editor__wide">
                <MarkdownField
                  label="Description"
                  hint="Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."
                  value={values.description}
                  disabled={!canWrite}
                  onChange={(description) => change({ description })}
                  error={fieldErrors.description}
                />
              </div>
            </div>
          </Card>

          <Card title="Categories" description="Where the product is listed in the storefront.">
            <CategoryChecklist
              categories={categories}
              selected={values.categoryIds}
              disabled={!canWrite}
              onChange={(categoryIds) => change({ categoryIds })}
              error={fieldErrors.categoryIds}
            />
          </Card>

          <Card
            title="Features"
            description="Facts shown on the product page and used by the storefront filters."
          >
            <div className="ad-features">
              {values.features.length === 0 ? <p className="ct-text-muted">No features yet.</p> : null}
              {values.features.map((feature, index) => (
                <div key={feature.key} className="ad-features__row">
                  <TextField
                    label={`Feature ${index + 1} name`}
                    placeholder="e.g. Material"
                    value={feature.name}
                    onChange={(event) => changeFeature(index, { name: event.target.value })}
                    error={fieldErrors[`features.${index}.name`]}
                  />
                  <TextField
                    label={`Feature ${index + 1} value`}
                    placeholder="e.g. Linen"
                    value={feature.value}
                    onChange={(event) => changeFeature(index, { value: event.target.value })}
                    error={fieldErrors[`features.${index}.value`]}
                  />
                  {canWrite ? (
                    <Button
                      variant="ghost"
                      className="ad-features__remove"
                      aria-label={`Remove feature ${index + 1}`}
                      onClick={() => change({ features: values.features.filter((_, at) => at !== index) })}
                    >
                      Remove
                    </Button>
                  ) : null}
                </div>
              ))}
              {fieldErrors.features ? <p className="ct-field__error">{fieldErrors.features}</p> : null}
              {canWrite ? (
                <div>
                  <Button
                    variant="secondary"
                    onClick={() => change({ features: [...values.features, newFeatureDraft()] })}
                  >
                    Add feature
                  </Button>
                </div>
              ) : null}
            </div>
          </Card>

          <SeoFields
            values={values}
            errors={{ seoTitle: fieldErrors.seoTitle, seoDescription: fieldErrors.seoDescription }}
            onChange={change}
          />

          <Card
            title="Options and variants"
            description="Each combination of option values is a variant with its own SKU, price and stock."
          >
            <div className="ad-stack">
              <OptionsEditor
                options={values.options}
                disabled={!canWrite}
                errors={fieldErrors}
                onChange={(options: OptionDraft[]) => change({ options })}
              />
              {fieldErrors.variants ? <p className="ct-field__error">{fieldErrors.variants}</p> : null}
              <div>
                <h3 className="ad-editor__subheading">
                  Variants <span className="ct-text-muted">({values.variants.length})</span>
                </h3>
                <VariantsMatrix
                  options={values.options}
                  rows={values.variants}
                  currency={currency}
                  disabled={!canWrite}
                  errors={fieldErrors}
                  onChange={changeRow}
                />
              </div>
            </div>
          </Card>
        </fieldset>
      </form>

      <Card title="Images" description="The first image is the main one, shown in lists and search results.">
        {product ? (
          <ImageManager productId={product.id} images={product.images} canWrite={canWrite} />
        ) : (
          <p className="ct-text-muted">Save the product to add images.</p>
        )}
      </Card>

      {canWrite ? (
        <div className="ad-editor__savebar">
          <p className="ad-editor__dirty" aria-live="polite">
            {dirty ? 'You have unsaved changes.' : 'All changes saved.'}
          </p>
          <Button type="submit" form={formId} loading={saving}>
            {product ? 'Save product' : 'Create product'}
          </Button>
        </div>
      ) : null}

      <UnsavedChangesDialog blocker={blocker}>
        <p>Your changes to this product are not saved. If you leave now, they are lost.</p>
      </UnsavedChangesDialog>
    </div>
  );
}
