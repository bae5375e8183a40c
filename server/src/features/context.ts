/** What every feature handler reads: the analysed workspace and the folders that name its documents. */
import type { ArticleFolders } from '../articleFolders';
import type { ArticleWorkspace } from '../articles';
import type { CorroborateSettings } from '../protocol';

export interface FeatureContext {
  articles: ArticleWorkspace;
  folders: ArticleFolders;
  settings(): CorroborateSettings;
}
