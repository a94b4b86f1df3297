using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests;

/// <summary>Runs one text through the shipped pipeline.json (its wall-clock limits lifted: these tests are about what is extracted, not about how loaded the machine is).</summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<LoadedPipeline> Pipeline = new(() => ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts));

    /// <summary>The article the pipeline makes of <paramref name="text"/> as a .txt input; fails the test on an error.</summary>
    public static Article Run(string text)
    {
        var file = new InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var article = InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
        var result = new ArticleProcessor(Pipeline.Value).Run(file, article);
        Assert.Null(result.Error);
        return result.Article!;
    }
}
