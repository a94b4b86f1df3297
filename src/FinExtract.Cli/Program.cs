using System.CommandLine;
using FinExtract.Pipeline;

namespace FinExtract.Cli;

/// <summary>The finextract command line: parses arguments and prints; the work is done by the library.</summary>
public static class Program
{
    /// <summary>Exit code: every input was processed.</summary>
    public const int ExitOk = 0;
    /// <summary>Exit code: the run finished but some inputs failed (see errors.csv).</summary>
    public const int ExitSomeFailed = 1;
    /// <summary>Exit code: bad configuration or bad arguments; nothing was run.</summary>
    public const int ExitBadConfig = 2;
    /// <summary>Exit code: the tool itself failed.</summary>
    public const int ExitInternal = 3;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        var root = BuildCommand(Console.Out, Console.Error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var e in parsed.Errors) Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine("Run 'finextract --help' for usage.");
            return ExitBadConfig;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failure of the tool itself: one line and exit 3, never a stack trace and exit 1 ("some inputs failed").
            Console.Error.WriteLine($"error: {e.Message} ({e.GetType().Name}; the tool failed: please report it)");
            return ExitInternal;
        }
    }

    /// <summary>Builds the command tree (also used by tests).</summary>
    public static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "finextract: turns folders of financial news pages into structured CSV.\n\n" +
            "Examples:\n" +
            "  finextract run samples/pages --out out/samples\n" +
            "  finextract run ../pages --out out/pages --config pipeline.json --threads 2\n" +
            "  finextract run ../pages --out out/pages --resume     (after a kill, or after changing a few files)\n" +
            "  finextract validate --config pipeline.json\n" +
            "  finextract explain samples/pages/wire-dateline.html\n" +
            "  finextract test-rules src/FinExtract/Resources/rules/entities.json\n" +
            "  finextract bench ../shared/data/aeb-dev/html --passes 3\n" +
            "  finextract plan ../pages --shards 40 --out plan.json; finextract run --plan plan.json --shard 0-9 --out parts; finextract merge parts " +
            "--out out\n" +
            "  finextract enqueue ../pages --redis localhost:6379 --stream pages; finextract worker --redis localhost:6379 --stream pages --group g " +
            "--out parts\n\n" +
            "Exit codes: 0 all inputs processed; 1 some inputs failed (see errors.csv); 2 bad config or arguments; 3 internal error.");

        var configOption = new Option<string?>("--config") { Description =
            "pipeline.json to use (default: ./pipeline.json, else the one of the tool's own checkout)" };

        var threads = AddRunCommand(root, configOption, stdout, stderr);
        AddScaleCommands(root, configOption, threads, stdout, stderr);
        AddInspectCommands(root, configOption, stdout, stderr);
        AddLearningCommands(root, configOption, stdout, stderr);
        AddReviewCommands(root, configOption, stdout, stderr);
        return root;
    }

    /// <summary>run (a folder, or shards of a plan); returns its --threads option, which the worker shares.</summary>
    private static Option<int> AddRunCommand(RootCommand root, Option<string?> configOption, TextWriter stdout, TextWriter stderr)
    {
        // run
        var input = new Argument<string?>("input") { Description = "a folder (read recursively) or one file: .html .htm .xhtml .txt, optionally .gz",
            Arity = ArgumentArity.ZeroOrOne };
        var outDir = new Option<string>("--out") { Description = "output folder for articles.csv, errors.csv and run.json (with --plan: the parts folder)",
            Required = true };
        var threads = new Option<int>("--threads") { Description = "worker threads (default: number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet") { Description = "print only the summary" };
        var resume = new Option<bool>("--resume") { Description =
            "keep what an earlier run in --out finished: after a kill only the rest is done; after a complete run only changed inputs" };
        var planIn = new Option<string?>("--plan") { Description = "run shards of this plan (from 'finextract plan') instead of INPUT; parts go into --out" };
        var shard = new Option<string?>("--shard") { Description = "with --plan: the shard(s) to run: 7, 0,3,6, 0-9 or all (default: $JOB_COMPLETION_INDEX)" };
        var partFormat = new Option<string>("--format") { Description = "with --plan: part format, csv or parquet", DefaultValueFactory = _ => "csv" };
        var inputRoot = new Option<string?>("--input-root") { Description =
            "with --plan: where the plan's input folder is mounted here (default: the plan's root)" };
        var run = new Command("run", "Run the pipeline over INPUT and write the CSV tables into --out; or run shards of a plan (--plan) as parts.")
            { input, outDir, configOption, threads, quiet, resume, planIn, shard, partFormat, inputRoot };
        run.SetAction(p =>
        {
            if (p.GetValue(planIn) is { } plan)
                return Commands.RunShards(plan, p.GetValue(shard), p.GetValue(outDir)!, p.GetValue(configOption), p.GetValue(threads), p.GetValue(partFormat)!,
                    p.GetValue(inputRoot), stdout, stderr);
            if (p.GetValue(input) is not { } folder)
            {
                stderr.WriteLine("error: run needs INPUT (a folder or a file), or --plan PLAN with --shard");
                return Program.ExitBadConfig;
            }
            return Commands.Run(folder, p.GetValue(outDir)!, p.GetValue(configOption), p.GetValue(threads), p.GetValue(quiet), stdout, stderr,
                p.GetValue(resume));
        });
        root.Add(run);
        return threads;
    }

    /// <summary>validate, explain and test-rules.</summary>
    private static void AddInspectCommands(RootCommand root, Option<string?> configOption, TextWriter stdout, TextWriter stderr)
    {
        // validate
        var validate = new Command("validate", "Check a pipeline.json (keys, types, files, stage order) without running anything.") { configOption };
        validate.SetAction(p => Commands.Validate(p.GetValue(configOption), stdout, stderr));
        root.Add(validate);

        // explain
        var explainFile = new Argument<string>("file") { Description = "one page or text file" };
        var explain = new Command("explain",
            "Show how one article was read: metadata candidates and why each won, what the scraper dropped and kept, the body with spans.") { explainFile,
            configOption };
        explain.SetAction(p => Commands.Explain(p.GetValue(explainFile)!, p.GetValue(configOption), stdout, stderr));
        root.Add(explain);

        // gazetteer import
        var importKind = new Argument<string>("source") { Description = "the reference data's kind: sec (SEC's company_tickers_exchange.json)" };
        var importFile = new Argument<string>("file") { Description = "the downloaded file" };
        var importOut = new Option<string>("--out") { Description = "the gazetteer TSV to write", Required = true };
        var import = new Command("import", "Turn downloaded reference data into a gazetteer TSV that pipeline.json can add.") { importKind, importFile,
            importOut };
        import.SetAction(p => Commands.ImportGazetteer(p.GetValue(importKind)!, p.GetValue(importFile)!, p.GetValue(importOut)!, stdout, stderr));
        root.Add(new Command("gazetteer", "Gazetteer tools.") { import });

        // test-rules
        var ruleFiles = new Argument<string[]>("files") { Description = "rule files (default: the rule files the pipeline names)",
            Arity = ArgumentArity.ZeroOrMore };
        var testRules = new Command("test-rules",
            "Run every rule's own examples (must match / must not match) and report failures by rule id and file position.") { ruleFiles, configOption };
        testRules.SetAction(p => Commands.TestRules(p.GetValue(ruleFiles) ?? Array.Empty<string>(), p.GetValue(configOption), stdout, stderr));
        root.Add(testRules);
    }

    /// <summary>train and classify.</summary>
    private static void AddLearningCommands(RootCommand root, Option<string?> configOption, TextWriter stdout, TextWriter stderr)
    {
        // train
        var task = new Argument<string>("task")
            { Description = "what to train: entities, clusters (word classes for entities), topics or quote-kinds" };
        var corpus = new Option<string>("--corpus") { Description =
            ("training corpus: CSV text,topic for topics (default ../shared/data/fin-topics/train.csv); JSONL for the others (default " +
            "samples/corpus/<task>.jsonl)") };
        var modelOut = new Option<string>("--out") { Description =
            "model file to write (its card beside it); default src/FinExtract/Resources/models/<task>.bin" };
        var licence = new Option<string?>("--licence") { Description = "the corpus's licence, written on the model card (topics)" };
        var testCorpus = new Option<string?>("--test") { Description =
            "entities: IOB2 files left out of training to measure the model and the rules' votes on, comma-separated (figures on the card)" };
        var train = new Command("train",
            "Train a model with a fixed seed; writes the model and its card (corpus hash and licence, labels, cross-validated figures).") { task,
            corpus, modelOut, licence, testCorpus, configOption };
        train.SetAction(p =>
        {
            string t = p.GetValue(task)!;
            string defaultCorpus = t switch
            {
                "topics" => Commands.DefaultTopicCorpus,
                "entities" => Commands.DefaultNerCorpus,
                "clusters" => Commands.DefaultClusterCorpus,
                _ => $"samples/corpus/{t}.jsonl",
            };
            string output = p.GetValue(modelOut) ?? $"src/FinExtract/Resources/models/{t}.bin";
            return t switch
            {
                "topics" => Commands.TrainTopics(p.GetValue(corpus) ?? defaultCorpus, output, p.GetValue(licence), stdout, stderr),
                "clusters" => Commands.TrainClusters(p.GetValue(corpus) ?? defaultCorpus,
                    p.GetValue(modelOut) ?? "src/FinExtract/Resources/models/word-clusters.tsv", stdout, stderr),
                "entities" => Commands.TrainEntities(p.GetValue(corpus) ?? defaultCorpus, output, p.GetValue(configOption), stdout, stderr,
                    p.GetValue(testCorpus)),
                _ => Commands.Train(t, p.GetValue(corpus) ?? defaultCorpus, output, stdout, stderr),
            };
        });
        root.Add(train);

        // classify
        var classifyTask = new Argument<string>("task") { Description = "what to classify: topics" };
        var classifyIn = new Argument<string>("input") { Description = "a CSV with a 'text' column (other columns are copied through)" };
        var classifyOut = new Option<string>("--out") { Description = "the CSV to write: the input's columns, then topic and topic_confidence",
            Required = true };
        var classify = new Command("classify", "Classify a CSV of short texts (headlines) with the pipeline's topic model.") { classifyTask,
            classifyIn, classifyOut, configOption };
        classify.SetAction(p =>
            Commands.ClassifyTopics(p.GetValue(classifyTask)!, p.GetValue(classifyIn)!, p.GetValue(classifyOut)!, p.GetValue(configOption), stdout, stderr));
        root.Add(classify);
    }

    /// <summary>eval, diff, report and bench.</summary>
    private static void AddReviewCommands(RootCommand root, Option<string?> configOption, TextWriter stdout, TextWriter stderr)
    {
        // eval
        var evalRun = new Argument<string>("run") { Description = "a run's output folder (entities.csv, numbers.csv, quotes.csv)" };
        var gold = new Option<string>("--gold") { Description = "folder of *.gold.json files (the annotation guide's format)", Required = true };
        var minF1 = new Option<double?>("--min-f1") { Description = "exit with 1 when a type with gold has F1 under this" };
        var evalJson = new Option<bool>("--json") { Description = "print the figures as JSON (the reference scorer's shape)" };
        var eval = new Command("eval",
            "Score a run against gold annotations: P/R/F1 per type and per rule, misses, false hits and wrong speakers.") { evalRun, gold, minF1, evalJson };
        eval.SetAction(p => Commands.Eval(p.GetValue(evalRun)!, p.GetValue(gold)!, p.GetValue(minF1), p.GetValue(evalJson), stdout, stderr));
        root.Add(eval);

        // diff
        var runA = new Argument<string>("run-a") { Description = "the first run's output folder" };
        var runB = new Argument<string>("run-b") { Description = "the second run's output folder" };
        var diff = new Command("diff",
            "Show what changed between two runs: rows added, removed and changed per table, rule and file, with the text around each. Exit 1 when " +
            "they differ.") { runA, runB };
        diff.SetAction(p => Commands.Diff(p.GetValue(runA)!, p.GetValue(runB)!, stdout, stderr));
        root.Add(diff);

        // report
        var reportRun = new Argument<string>("run") { Description = "a run's output folder" };
        var reportOut = new Option<string?>("--out") { Description = "the HTML file to write (default: RUN/report.html)" };
        var report = new Command("report",
            "Write one self-contained HTML page for a run: summary, charts, and every article with its extractions highlighted and filterable.") { reportRun,
            reportOut };
        report.SetAction(p => Commands.Report(p.GetValue(reportRun)!, p.GetValue(reportOut), stdout, stderr));
        root.Add(report);

        // bench
        var benchInput = new Argument<string>("input") { Description = "a folder of pages" };
        var passes = new Option<int>("--passes") { Description = "timed passes over the pages (after one warm-up pass)", DefaultValueFactory = _ => 3 };
        var startupRuns = new Option<int>("--startup-runs")
        {
            Description = "timed one-page runs of the tool as a new process, for the start-up figure (0: none)", DefaultValueFactory = _ => 5,
        };
        var bench = new Command("bench", "Measure single-thread pages/s of the pipeline against AngleSharp's parse alone.") { benchInput,
            configOption, passes, startupRuns };
        bench.SetAction(p => Commands.Bench(p.GetValue(benchInput)!, p.GetValue(configOption), p.GetValue(passes), stdout, stderr,
            p.GetValue(startupRuns)));
        root.Add(bench);
    }

    /// <summary>plan, merge, enqueue and worker.</summary>
    private static void AddScaleCommands(RootCommand root, Option<string?> configOption, Option<int> threads, TextWriter stdout, TextWriter stderr)
    {
        var planInput = new Argument<string>("input") { Description = "the input folder (or file) to plan" };
        var shards = new Option<int>("--shards") { Description = "how many shards", Required = true };
        var planOut = new Option<string>("--out") { Description = "the plan file to write (JSON)", Required = true };
        var plan = new Command("plan",
            "Write a deterministic shard plan: every input with its size and SHA-256, assigned to a shard by a hash of its article id.")
            { planInput, shards, planOut, configOption };
        plan.SetAction(p => Commands.Plan(p.GetValue(planInput)!, p.GetValue(shards), p.GetValue(planOut)!, p.GetValue(configOption), stdout, stderr));
        root.Add(plan);

        var parts = new Argument<string>("parts") { Description = "the parts folder" };
        var mergeOut = new Option<string>("--out") { Description = "the folder to write the merged tables into", Required = true };
        var mergeFormat = new Option<string>("--format") { Description = "csv (byte-identical to a single run) or parquet", DefaultValueFactory = _ => "csv" };
        var merge = new Command("merge",
            "Check that every shard of the plan (or every feed batch) is committed exactly once, then write the tables a single run writes.")
            { parts, mergeOut, mergeFormat };
        merge.SetAction(p => Commands.Merge(p.GetValue(parts)!, p.GetValue(mergeOut)!, p.GetValue(mergeFormat)!, stdout, stderr));
        root.Add(merge);

        var redis = new Option<string>("--redis") { Description = "Redis endpoint HOST:PORT", Required = true };
        var stream = new Option<string>("--stream") { Description = "the stream key", Required = true };
        var enqueueInput = new Argument<string>("input") { Description = "the folder (or file) whose inputs to enqueue" };
        var enqueue = new Command("enqueue", "Add one Redis Streams entry per input file (its path and SHA-256).") { enqueueInput, redis, stream,
            configOption };
        enqueue.SetAction(p => Commands.Enqueue(p.GetValue(enqueueInput)!, p.GetValue(redis)!, p.GetValue(stream)!, p.GetValue(configOption), stdout, stderr));
        root.Add(enqueue);

        var group = new Option<string>("--group") { Description = "the consumer group", Required = true };
        var consumer = new Option<string?>("--consumer") { Description = "this consumer's name (default: host name and process id)" };
        var workerOut = new Option<string>("--out") { Description = "the parts folder", Required = true };
        var idle = new Option<double?>("--exit-when-idle") { Description =
            "exit after this many seconds with nothing new, nothing to claim and nothing pending" };
        var claimIdle = new Option<double>("--claim-idle") { Description = "seconds after which an unacknowledged entry of another consumer is taken over",
            DefaultValueFactory = _ => 60 };
        var batch = new Option<int>("--batch") { Description = "entries per part", DefaultValueFactory = _ => 16 };
        var workerFormat = new Option<string>("--format") { Description = "part format, csv or parquet", DefaultValueFactory = _ => "csv" };
        var worker = new Command("worker",
            "Consume a Redis stream in a consumer group: process, commit a part, acknowledge; take over a dead consumer's entries.")
            { redis, stream, group, consumer, workerOut, idle, claimIdle, batch, workerFormat, configOption, threads };
        worker.SetAction(p =>
        {
            FinExtract.Pipeline.LoadedPipeline pipeline;
            try { pipeline = Commands.LoadPipeline(p.GetValue(configOption), stderr); }
            catch (FinExtract.Pipeline.ConfigException e) { stderr.WriteLine(e.Message); return ExitBadConfig; }
            return Commands.Worker(new FinExtract.Scale.FeedWorkerOptions
            {
                Redis = p.GetValue(redis)!, Stream = p.GetValue(stream)!, Group = p.GetValue(group)!, Consumer = p.GetValue(consumer),
                PartsDirectory = p.GetValue(workerOut)!, Pipeline = pipeline, Format = p.GetValue(workerFormat)!, Batch = Math.Max(1, p.GetValue(batch)),
                Threads = p.GetValue(threads), ClaimIdle = TimeSpan.FromSeconds(p.GetValue(claimIdle)),
                ExitWhenIdle = p.GetValue(idle) is { } s ? TimeSpan.FromSeconds(s) : null, Note = stderr.WriteLine,
            }, stdout);
        });
        root.Add(worker);
    }
}
