// @ts-check
// Builds the task pane and the ribbon-command page into dist/web; serves them on port 3000.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

// Griffel (Fluent UI v9) inserts <style> elements, hence 'unsafe-inline' for styles only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * @param {Record<string, unknown>} env webpack-cli sets WEBPACK_SERVE for `webpack serve`
 * @param {{ mode?: 'development' | 'production' | 'none' }} argv
 * @returns {Promise<import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  // TREPIED_HTTP=1: plain http, for the browser demo on a machine without dev certificates.
  const plainHttp = process.env.TREPIED_HTTP === '1';
  const server = !env.WEBPACK_SERVE
    ? undefined
    : plainHttp
      ? { type: 'http' }
      : {
          type: 'https',
          options: await require('office-addin-dev-certs').getHttpsServerOptions(),
        };

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' CSP forbids 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // ES modules, so that webpack sees import() and splits chunks there.
              compilerOptions: { module: 'esnext', noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          // The task pane loads ExcelJS only in demo mode, through import('exceljs').
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            enforce: true,
          },
        },
      },
    },
    performance: {
      // Fluent UI v9 and React make a large first bundle; ExcelJS stays out of it.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port,
      hot: true,
      static: false,
      ...(server ? { server } : {}),
    },
  };
};
