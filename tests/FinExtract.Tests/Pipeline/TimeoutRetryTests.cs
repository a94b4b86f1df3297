using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

/// <summary>A time limit tripped by a stall of the machine must not fail a page; one tripped by the page itself must.</summary>
public class TimeoutRetryTests
{
    /// <summary>Runs over its time limit on the first <c>failures</c> calls, then passes.</summary>
    private sealed class StallingStage(int failures) : IStage
    {
        public int Calls;
        public string Name => "stall";

        public void Process(Article article, StageContext context)
        {
            if (Interlocked.Increment(ref Calls) <= failures)
                throw new RegexMatchTimeoutException("x", "a+", TimeSpan.FromMilliseconds(1));
        }
    }

    private static (ArticleResult Result, int Calls) Run(int failures)
    {
        string dir = TestPaths.NewTempDir(), path = Path.Combine(dir, "a.txt");
        File.WriteAllText(path, "Shares of Northwind Traders rose on Tuesday.");
        var stage = new StallingStage(failures);
        var pipeline = new LoadedPipeline(new PipelineConfig(), new IStage[] { stage }, "{}");
        var result = new ArticleProcessor(pipeline).Process(new InputFile(path, "a.txt", "a", false, ".txt"), null);
        return (result, stage.Calls);
    }

    [Fact]
    public void AStageThatRunsOverOnce_IsRunAgain_AndThePagePasses()
    {
        var (result, calls) = Run(failures: 1);
        Assert.Null(result.Error);
        Assert.NotNull(result.Article);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void AStageThatRunsOverTwice_FailsThePage_SayingItWasRunTwice()
    {
        var (result, calls) = Run(failures: 5);
        Assert.Equal(2, calls);
        Assert.Equal(ErrorCodes.StageTimeout, result.Error!.Code);
        Assert.Contains("ran over again when run a second time", result.Error.Message);
    }

    /// <summary>Spends its time without checking it, as a long computation between checks does.</summary>
    private sealed class BusyStage(string name, int ms) : IStage
    {
        public string Name => name;

        public void Process(Article article, StageContext context) => Thread.Sleep(ms);
    }

    [Fact]
    public void AStageThatRunsOverWithoutNoticing_IsTheStageTheErrorNames_NotTheNextOne()
    {
        string dir = TestPaths.NewTempDir(), path = Path.Combine(dir, "a.txt");
        File.WriteAllText(path, "Shares of Northwind Traders rose on Tuesday.");
        var config = new PipelineConfig { Limits = new LimitsConfig { ArticleTimeoutMs = 50 } };
        var pipeline = new LoadedPipeline(config, new IStage[] { new BusyStage("slow", 120), new BusyStage("next", 0) }, "{}");
        var result = new ArticleProcessor(pipeline).Process(new InputFile(path, "a.txt", "a", false, ".txt"), null);
        Assert.Equal(ErrorCodes.StageTimeout, result.Error!.Code);
        Assert.Equal("slow", result.Error.Stage);
        Assert.Contains("stage 'slow' ran over", result.Error.Message);
    }

    [Fact]
    public void APageInMemory_ThatRunsOverOnce_IsRunAgainToo()
    {
        var stage = new StallingStage(1);
        var pipeline = new LoadedPipeline(new PipelineConfig(), new IStage[] { stage }, "{}");
        var file = new InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var result = new ArticleProcessor(pipeline).ProcessInMemory(file, System.Text.Encoding.UTF8.GetBytes("Shares of Northwind Traders rose."));
        Assert.Null(result.Error);
        Assert.Equal(2, stage.Calls);
    }

    [Fact]
    public void AnEmptyPageInMemory_IsAReadError_NotACrash()
    {
        var pipeline = new LoadedPipeline(new PipelineConfig(), new IStage[] { new StallingStage(0) }, "{}");
        var file = new InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var result = new ArticleProcessor(pipeline).ProcessInMemory(file, Array.Empty<byte>());
        Assert.Equal(ErrorCodes.InputEmpty, result.Error!.Code);
        Assert.Equal("read", result.Error.Stage);
    }

    [Fact]
    public void AStageThatPasses_RunsOnce()
    {
        var (result, calls) = Run(failures: 0);
        Assert.Null(result.Error);
        Assert.Equal(1, calls);
    }
}
