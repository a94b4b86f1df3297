namespace FinExtract.Pipeline;

/// <summary>
/// An exclusive lock on an output folder (the file <c>.finextract.lock</c>, locked by the operating system),
/// held for a whole run. The lock dies with the process, so a killed run never leaves the folder locked.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".finextract.lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or throws <see cref="OutputLockedException"/> when another run holds it.</summary>
    public static OutputLock Acquire(string dir)
    {
        string path = Path.Combine(dir, FileName);
        try
        {
            var fs = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            fs.SetLength(0);
            var line = System.Text.Encoding.UTF8.GetBytes($"pid {Environment.ProcessId}\n");
            fs.Write(line);
            fs.Flush();
            return new OutputLock(fs);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new OutputLockedException(
                $"the output folder '{dir}' is in use by another finextract run ({path} is locked); wait for it or use another --out", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}

/// <summary>Another run holds the output folder.</summary>
public sealed class OutputLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public OutputLockedException(string message, Exception inner) : base(message, inner) { }
}
