"use client";

import { useTranslations } from "next-intl";

export interface MatrixTariff {
  id: string;
  name: string;
  isArchived: boolean;
}

export interface Matrix {
  /** Empty: the option works with every tariff. */
  compatible: string[];
  included: string[];
}

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/**
 * Per tariff: does the option work with it, and does the tariff include it. Not checked here: the server
 * refuses an option included in a tariff it does not work with, and the error is shown under the table.
 */
export function OptionMatrixField({
  tariffs,
  value,
  onChange,
  error,
}: {
  tariffs: MatrixTariff[];
  value: Matrix;
  onChange: (next: Matrix) => void;
  error: string | null;
}) {
  const t = useTranslations();
  const everyTariff = value.compatible.length === 0;
  return (
    <fieldset aria-describedby={error ? "option-matrix-error" : undefined} className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-ink">{t("catalogue.options.field.matrix")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={everyTariff}
          // Unticking starts from every tariff ticked, so nothing changes until a tariff is unticked.
          onChange={(e) => onChange({ ...value, compatible: e.target.checked ? [] : tariffs.map((x) => x.id) })}
        />
        {t("catalogue.options.field.allCompatible")}
      </label>
      <div
        role="region"
        aria-label={t("catalogue.options.field.matrix")}
        tabIndex={0}
        className="overflow-x-auto rounded-control border border-line"
      >
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("catalogue.options.field.tariff")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("catalogue.options.field.compatible")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("catalogue.options.field.included")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tariffs.map((tariff) => (
              <tr key={tariff.id} className={tariff.isArchived ? "text-slate-500" : ""}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  {tariff.name}
                  {tariff.isArchived && ` (${t("catalogue.status.archived").toLowerCase()})`}
                </th>
                <td className="px-3 py-1.5">
                  <input
                    type="checkbox"
                    aria-label={`${t("catalogue.options.field.compatible")}: ${tariff.name}`}
                    checked={everyTariff || value.compatible.includes(tariff.id)}
                    disabled={everyTariff}
                    onChange={(e) =>
                      onChange({ ...value, compatible: toggle(value.compatible, tariff.id, e.target.checked) })
                    }
                  />
                </td>
                <td className="px-3 py-1.5">
                  <input
                    type="checkbox"
                    aria-label={`${t("catalogue.options.field.included")}: ${tariff.name}`}
                    checked={value.included.includes(tariff.id)}
                    onChange={(e) =>
                      onChange({ ...value, included: toggle(value.included, tariff.id, e.target.checked) })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p id="option-matrix-error" role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
