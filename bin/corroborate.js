#!/usr/bin/env node
import '../server/out/cli.js';
