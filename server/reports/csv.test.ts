import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

const ru = { delimiter: ";", decimalComma: true } as const;
const en = { delimiter: ",", decimalComma: false } as const;

describe("CSV", () => {
  it("quotes fields holding the delimiter, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("Иванова Анна", ru)).toBe("Иванова Анна");
    expect(csvField('Анна "Ася" Иванова', ru)).toBe('"Анна ""Ася"" Иванова"');
    expect(csvField("Smith, John", en)).toBe('"Smith, John"');
    expect(csvField("Smith, John", ru)).toBe("Smith, John");
    expect(csvField("Анна; Борис", ru)).toBe('"Анна; Борис"');
    expect(csvField("две\nстроки", en)).toBe('"две\nстроки"');
    expect(csvField(" с пробелом", en)).toBe('" с пробелом"');
  });

  it("keeps a name that looks like a formula from running in a spreadsheet", () => {
    expect(csvField('=HYPERLINK("x")', en)).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-1+1", ru)).toBe("'-1+1");
    expect(csvField("@admin", en)).toBe("'@admin");
  });

  it("writes numbers plainly, with the locale's decimal mark, and nothing for a missing figure", () => {
    expect(csvField(57.5, ru)).toBe("57,5");
    expect(csvField(57.5, en)).toBe("57.5");
    expect(csvField(-25, en)).toBe("-25");
    expect(csvField(42.857142, en)).toBe("42.86");
    expect(csvField(null, en)).toBe("");
  });

  it("starts with a UTF-8 byte order mark and ends every line with CRLF", () => {
    expect(
      toCsv(
        [
          ["Оператор", "Чатов"],
          ["Анна", 2],
        ],
        ru,
      ),
    ).toBe("\uFEFFОператор;Чатов\r\nАнна;2\r\n");
  });
});
