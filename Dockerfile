# Build: restore first (cached while the project files stay the same), then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/RumourBot/RumourBot.csproj src/RumourBot/
COPY src/RumourBot.Discord/RumourBot.Discord.csproj src/RumourBot.Discord/
RUN dotnet restore src/RumourBot/RumourBot.csproj
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/RumourBot/RumourBot.csproj -c Release --no-restore -o /app

# Run: the small runtime image, as its unprivileged "app" user, with the database on a volume.
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
ENV Storage__DataFolder=/data
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
# No token: the local console (run with -it). With -e Discord__Token=...: the Discord bot.
ENTRYPOINT ["dotnet", "RumourBot.dll"]
