using System.Globalization;
using FinExtract.Learning;
using FinExtract.Pipeline;
using FinExtract.Topics;

namespace FinExtract.Cli;

/// <summary>finextract train topics and finextract classify topics.</summary>
public static partial class Commands
{
    /// <summary>The headline corpus the project trains its topic model on, beside the checkout.</summary>
    public const string DefaultTopicCorpus = "../shared/data/fin-topics/train.csv";

    /// <summary>finextract train topics: 5-fold stratified cross-validation, then the model on every row, with its card.</summary>
    public static int TrainTopics(string corpus, string output, string? licence, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(corpus))
        {
            stderr.WriteLine($"error: corpus '{corpus}' not found (a CSV with the columns text,topic)");
            return Program.ExitBadConfig;
        }
        List<TopicRow> rows;
        try { rows = TopicCorpus.Read(corpus); }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"error: {corpus}: {e.Message}");
            return Program.ExitBadConfig;
        }
        licence ??= Path.GetFullPath(corpus) == Path.GetFullPath(DefaultTopicCorpus)
            ? "MIT (Twitter Financial News topic dataset, zeroshot/twitter-financial-news-topic)" : "not stated (pass --licence)";
        stdout.WriteLine($"training topics on {rows.Count} rows, {rows.Select(r => r.Label).Distinct().Count()} topics, from {corpus}");
        var card = TopicModel.Train(rows, corpus, licence, output, progress: stdout.WriteLine);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{card.Folds}-fold stratified cross-validation: accuracy {card.AccuracyMean:0.000} ± {card.AccuracySd:0.000}, "
            + $"macro F1 {card.MacroF1Mean:0.000} ± {card.MacroF1Sd:0.000}"));
        stdout.WriteLine($"wrote {output} and {Path.ChangeExtension(output, ".card.json")}");
        return Program.ExitOk;
    }

    /// <summary>finextract classify topics IN.csv --out OUT.csv: the pipeline's topic model over a CSV's text column.</summary>
    public static int ClassifyTopics(string task, string input, string output, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        if (task != "topics") { stderr.WriteLine($"error: unknown task '{task}'; known: topics"); return Program.ExitBadConfig; }
        if (!File.Exists(input)) { stderr.WriteLine($"error: input '{input}' is not a file"); return Program.ExitBadConfig; }
        LoadedPipeline pipeline;
        try { pipeline = LoadPipeline(configPath, stderr); }
        catch (ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        if (pipeline.Stages.OfType<TopicStage>().FirstOrDefault() is not { } stage)
        {
            stderr.WriteLine("error: the pipeline has no topics stage; add { \"name\": \"topics\", \"model\": ... } to pipeline.json");
            return Program.ExitBadConfig;
        }
        try
        {
            int n = TopicCorpus.Classify(input, output, stage.Model);
            stdout.WriteLine($"classified {n} row(s) with {stage.Model.Id}; wrote {output}");
            return Program.ExitOk;
        }
        catch (InvalidDataException e) { stderr.WriteLine($"error: {input}: {e.Message}"); return Program.ExitBadConfig; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write '{output}': {e.Message}");
            return Program.ExitInternal;
        }
    }
}
