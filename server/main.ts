import { ConfigError } from './config';
import { startTiepdan } from './start';

const started = performance.now();
try {
  const running = await startTiepdan();
  const mode = running.db.engine === 'sqlite' ? `SQLite nhúng (${running.db.file})` : 'PostgreSQL';
  running.app.log.info({ ms: Math.round(performance.now() - started) }, 'ready');
  console.log(`\ntiepdan đã sẵn sàng: ${running.url}  (cơ sở dữ liệu: ${mode}${running.config.demo ? '; dữ liệu mẫu: đăng nhập admin / demo' : ''})\n`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Không khởi động được: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
