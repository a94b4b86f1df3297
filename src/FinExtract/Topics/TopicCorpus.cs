using System.Globalization;
using CsvHelper;
using FinExtract.Learning;

namespace FinExtract.Topics;

/// <summary>Reads topic corpora (CSV text,topic) and classifies CSV files of short texts, with CsvHelper.</summary>
public static class TopicCorpus
{
    /// <summary>The labelled rows of a CSV with the columns text and topic (cleaned as the stage cleans articles).</summary>
    public static List<TopicRow> Read(string path)
    {
        var rows = new List<TopicRow>();
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var headers = csv.Headers.ToList();
        int text = headers.IndexOf("text"), topic = headers.IndexOf("topic");
        if (text < 0 || topic < 0) throw new InvalidDataException($"the header must name the columns text and topic (found: {string.Join(", ", headers)})");
        int line = 1;
        while (csv.Read())
        {
            line++;
            string label = csv.GetString(topic).Trim();
            if (label.Length == 0) throw new InvalidDataException($"record {line} has no topic");
            rows.Add(new TopicRow { Text = TopicText.Clean(csv.GetString(text)), Label = label });
        }
        if (rows.Select(r => r.Label).Distinct().Count() < 2) throw new InvalidDataException("a topic model needs at least two topics");
        return rows;
    }

    /// <summary>Copies a CSV with a text column, adding topic and topic_confidence; returns the number of rows.</summary>
    public static int Classify(string input, string output, TopicModel model)
    {
        using var csv = CsvReader.FromFile(input, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var headers = csv.Headers.ToArray();
        int text = Array.IndexOf(headers, "text");
        if (text < 0) throw new InvalidDataException($"the header has no 'text' column (found: {string.Join(", ", headers)})");
        string temp = output + ".partial";
        int n = 0;
        using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
        using (var w = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\r\n" }))
        {
            w.WriteHeader(headers.Append("topic").Append("topic_confidence").ToArray());
            while (csv.Read())
            {
                for (int i = 0; i < headers.Length; i++) w.WriteField(i < csv.FieldCount ? csv.GetString(i) : "");
                var best = model.Predict(csv.GetString(text))[0];
                w.WriteField(best.Topic);
                w.WriteField(Math.Round(best.Probability, 4).ToString("R", CultureInfo.InvariantCulture));
                w.EndRecord();
                n++;
            }
        }
        File.Move(temp, output, overwrite: true);
        return n;
    }
}
