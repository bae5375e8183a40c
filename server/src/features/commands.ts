/**
 * `workspace/executeCommand`: the report data (claims, entities) as JSON, the same data `corroborate report`
 * prints, an export of it in a file format, and a reindex of the workspace.
 */
import { ResponseError, ErrorCodes, type ExecuteCommandParams } from 'vscode-languageserver';
import { claimGroups, entityRows, workspaceReport, type WorkspaceReport } from '../core/report';
import { EXPORT_FORMATS, ServerCommands, type ClaimsReport, type EntitiesReport, type ExportFormat, type ExportedReport, type IndexState } from '../protocol';
import { exportReport } from '../reportExport';
import type { FeatureContext } from './context';

export const SERVER_COMMANDS: string[] = Object.values(ServerCommands);

/** JSON as it goes over the wire: unbounded figures (Infinity) become null, as JSON.stringify makes them. */
function wire<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function documents(ctx: FeatureContext): WorkspaceReport['documents'] {
  return [...ctx.articles.core.documents()]
    .map((d) => ({ uri: d.uri, language: d.facts.language, entities: d.facts.entities.length, claims: d.facts.claims.length }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
}

export async function executeCommand(ctx: FeatureContext, reindex: () => Promise<IndexState>, params: ExecuteCommandParams): Promise<unknown> {
  ctx.articles.flush();
  const index = ctx.articles.core;
  switch (params.command) {
    case ServerCommands.claimsReport:
      return wire<ClaimsReport>({ documents: documents(ctx), claims: claimGroups(index) });
    case ServerCommands.entitiesReport:
      return wire<EntitiesReport>({ documents: documents(ctx), entities: entityRows(index) });
    case ServerCommands.exportReport: {
      const format = params.arguments?.[0];
      if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Export format must be one of ${EXPORT_FORMATS.join(', ')}.`);
      }
      const result: ExportedReport = { format: format as ExportFormat, content: exportReport(workspaceReport(index), format as ExportFormat, (u) => ctx.folders.label(u)) };
      return result;
    }
    case ServerCommands.reindex:
      return reindex();
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
  }
}
