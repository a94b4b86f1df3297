using FinExtract.Cli;
using FinExtract.Evaluation;

namespace FinExtract.Tests.Evaluation;

/// <summary>The shipped pipeline on the shipped sample pages, scored against their hand-checked annotations.</summary>
public class SampleAnnotationsTests
{
    [Fact]
    public void ShippedPipeline_OnTheAnnotatedSamples_StaysAboveItsFloor()
    {
        string input = TestPaths.NewTempDir();
        string gold = Path.Combine(TestPaths.Samples, "annotations");
        foreach (var g in Directory.GetFiles(gold, "*.gold.json"))
        {
            string id = Path.GetFileName(g)[..^".gold.json".Length];
            File.Copy(Path.Combine(TestPaths.Samples, "pages", id + ".html"), Path.Combine(input, id + ".html"));
        }
        string run = TestPaths.NewTempDir();
        var o = new StringWriter();
        int code = Program.BuildCommand(o, o).Parse(new[] { "run", input, "--out", run, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet" })
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = o });
        Assert.Equal(0, code);
        var r = GoldEvaluator.Evaluate(run, gold);
        Assert.Equal(3, r.Articles);
        foreach (var t in GoldEvaluator.TypeNames)
            Assert.True(r.Types[t].F1 >= 0.95, $"{t} F1 {r.Types[t].F1}: misses {string.Join("; ", r.Misses.Select(m => m.Text))}; false hits {string.Join("; ", r.FalseHits.Select(m => m.Text))}");
        Assert.Equal(1.0, r.SpeakerAccuracy);
        Assert.DoesNotContain(r.FalseHits, f => f.Text == "Co. LLC");
    }
}
