using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FinExtract.Tests.Scale;

/// <summary>
/// A real redis-server (Debian's package) on a free loopback port for the feed tests, stopped after them. When it
/// is not on the machine the fixture installs it with apt-get, as .ci/run does; when that is impossible the tests
/// fail and say so: they never skip.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process? _process;

    public string Endpoint { get; } = "";
    public string Problem { get; } = "";

    public RedisServer()
    {
        string? exe = Find() ?? Install();
        if (exe == null)
        {
            Problem = "redis-server is not installed and 'apt-get install redis-server' failed";
            return;
        }
        int port = FreePort();
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", TestPaths.NewTempDir() })
            psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.StandardOutput.ReadToEndAsync();
        Endpoint = $"127.0.0.1:{port}";
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        Problem = $"redis-server did not listen on {Endpoint} within 10 s";
    }

    public void AssertRunning() => Assert.True(Problem.Length == 0, Problem);

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static string? Find() => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    private static string? Install()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("bash", "-c \"(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) 2>&1 | tail -3\"")
                { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit(600_000);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
        return Find();
    }

    public void Dispose()
    {
        if (_process is { HasExited: false }) _process.Kill();
        _process?.Dispose();
    }
}
