# finextract in a container: the .NET runtime, the published tool and the shipped pipeline with its resources.
# Build:  docker build -t finextract .
# Use:    docker run --rm -v /data:/data finextract run /data/pages --out /data/out
# Make plans with the image that runs the shards: a plan carries the pipeline's fingerprint, which includes the tool build.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props FinExtract.sln ./
COPY src/ src/
RUN dotnet restore src/FinExtract.Cli/FinExtract.Cli.csproj
RUN dotnet publish src/FinExtract.Cli/FinExtract.Cli.csproj -c Release -o /out/tool --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /out/tool/ /app/tool/
COPY pipeline.json /app/pipeline.json
COPY src/FinExtract/Resources/ /app/src/FinExtract/Resources/
# ./pipeline.json is the default pipeline; its relative paths (src/FinExtract/Resources/...) resolve from /app.
ENTRYPOINT ["dotnet", "/app/tool/FinExtract.Cli.dll"]
CMD ["--help"]
