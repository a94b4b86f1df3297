namespace FinExtract.Tests.Output;

/// <summary>A small RFC 4180 reader for checking what the tool wrote (independent of the writer).</summary>
internal static class CsvReading
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var rows = ParseRecords(File.ReadAllText(path));
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    public static List<List<string>> ParseRecords(string text)
    {
        var records = new List<List<string>>();
        var rec = new List<string>();
        var field = new System.Text.StringBuilder();
        bool inQuotes = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else field.Append(c);
            }
            else if (c == '"') inQuotes = true;
            else if (c == ',') { rec.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (c == '\n') { rec.Add(field.ToString()); field.Clear(); records.Add(rec); rec = new List<string>(); }
            else field.Append(c);
        }
        if (field.Length > 0 || rec.Count > 0) { rec.Add(field.ToString()); records.Add(rec); }
        return records;
    }
}
