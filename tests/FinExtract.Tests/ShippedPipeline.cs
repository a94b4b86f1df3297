using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests;

/// <summary>Runs one text through the shipped pipeline.json (its wall-clock limits lifted: these tests are about what is extracted, not about how loaded the machine is).</summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<LoadedPipeline> Pipeline = new(() => ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts));

    /// <summary>The article the pipeline makes of <paramref name="text"/> as a .txt input; fails the test on an error.</summary>
    public static Article Run(string text) => Run(Pipeline.Value, text);

    /// <summary>Each entity mention the pipeline finds in <paramref name="text"/>, with the text it covers.</summary>
    public static List<(string Mention, FinExtract.Entities.EntityMention M)> Mentions(string text)
    {
        var a = Run(text);
        return a.Entities.Select(e => (a.Body[e.Start..e.End], e)).ToList();
    }

    /// <summary>The article the pipeline makes of a page (<paramref name="html"/> as an .html input); fails the test on an error.</summary>
    public static Article RunPage(string html) => Run(Pipeline.Value, html, ".html");

    /// <summary>
    /// The article a variant of the shipped pipeline makes of <paramref name="text"/>: <paramref name="edit"/> rewrites the
    /// pipeline.json text (with absolute paths) before it is loaded.
    /// </summary>
    public static Article RunWith(Func<string, string> edit, string text)
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "pipeline.json");
        File.WriteAllText(path, edit(File.ReadAllText(TestPaths.PipelineWithoutTimeouts)));
        return Run(ConfigLoader.LoadFile(path), text);
    }

    private static Article Run(LoadedPipeline pipeline, string text, string extension = ".txt")
    {
        var file = new InputFile("/x/a" + extension, "a" + extension, "a", false, extension);
        // Processed as the tool processes a file, so a stall of a loaded test machine is retried as it is in a run.
        var result = new ArticleProcessor(pipeline).ProcessInMemory(file, System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Null(result.Error);
        return result.Article!;
    }
}
