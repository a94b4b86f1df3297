using FinExtract.Output;

namespace FinExtract.Tests.Output;

/// <summary>Records read back raw are the bytes the table was written with: what resume and merge copy.</summary>
public class RawCsvReaderTests
{
    [Fact]
    public void RecordsReadBackRaw_AreTheWrittenBytes()
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "t.csv");
        var table = new CsvTable(path, new[] { "id", "text", "n" }, neutraliseFormulas: true);
        var cells = new[] { "plain", "a \"quoted\" word, and a comma", "two\r\nlines\nand a lone LF", "=SUM(A1)", "#not a comment", "", "Zürich 東京 🚀" };
        for (int i = 0; i < cells.Length; i++)
        {
            table.Text($"a{i}").Text(cells[i]).Number(i + 0.5);
            table.EndRow();
        }
        table.Commit();
        using var reader = new RawCsvReader(path);
        var records = new List<string>();
        while (reader.Next() is { } r) records.Add(r);
        Assert.Equal(cells.Length + 1, records.Count);
        Assert.Equal("id,text,n\r\n", records[0]);
        Assert.Equal(File.ReadAllText(path), string.Concat(records));
    }
}
