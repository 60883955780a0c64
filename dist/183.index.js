export const id = 183;
export const ids = [183];
export const modules = {

/***/ 1183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildahBuildArgs: () => (/* binding */ buildahBuildArgs),
/* harmony export */   buildahLoginArgs: () => (/* binding */ buildahLoginArgs),
/* harmony export */   buildahPushArgs: () => (/* binding */ buildahPushArgs),
/* harmony export */   createBuildahBuilder: () => (/* binding */ createBuildahBuilder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1925);
/**
 * The buildah builder: daemonless, for runners without Docker. Credentials go to an `--authfile` in the private
 * work directory (never `/run/containers/0/auth.json`, which outlives the job); build secrets go to 0600 files
 * passed as `--secret id=NAME,src=FILE` and removed afterwards. Storage and isolation follow buildah's own
 * settings (`CONTAINERS_STORAGE_CONF`, `BUILDAH_ISOLATION`), so a runner can tune them without touching us.
 */



/** `buildah login` arguments (the password is read from stdin). */
function buildahLoginArgs(authFile, login) {
    return [
        'login',
        '--authfile',
        authFile,
        '--username',
        login.username,
        '--password-stdin',
        ...(login.insecure ? ['--tls-verify=false'] : []),
        login.host,
    ];
}
/** `buildah bud` arguments; `secretFiles` maps each secret name to the file holding its value. */
function buildahBuildArgs(spec, secretFiles) {
    return [
        'bud',
        '--platform',
        spec.platform,
        '--file',
        spec.dockerfile,
        '--tag',
        spec.image,
        '--layers',
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .buildArgFlags */ .eE)(spec.buildArgs),
        ...Object.keys(secretFiles)
            .sort()
            .flatMap((name) => ['--secret', `id=${name},src=${secretFiles[name]}`]),
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .labelFlags */ .gX)(spec.labels),
        spec.context,
    ];
}
/** `buildah push` arguments; the pushed manifest's digest is written to `digestFile`. */
function buildahPushArgs(authFile, spec, digestFile) {
    return [
        'push',
        '--authfile',
        authFile,
        '--digestfile',
        digestFile,
        ...(spec.insecure ? ['--tls-verify=false'] : []),
        spec.image,
        `docker://${spec.image}`,
    ];
}
/** Creates the buildah builder. */
function createBuildahBuilder(deps) {
    const authFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, 'auth.json');
    return {
        kind: 'buildah',
        async login(login) {
            await deps.runner.run({ program: 'buildah', args: buildahLoginArgs(authFile, login), stdin: login.password }, { log: deps.log });
        },
        async buildAndPush(spec) {
            const secretFiles = {};
            try {
                for (const [name, value] of Object.entries(spec.secrets)) {
                    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, `secret-${name}`);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, value, { mode: 0o600 });
                    secretFiles[name] = file;
                }
                await deps.runner.run({ program: 'buildah', args: buildahBuildArgs(spec, secretFiles) }, { log: deps.log });
            }
            finally {
                for (const file of Object.values(secretFiles))
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
            }
            if (!spec.push)
                return;
            const digestFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, 'digest');
            await deps.runner.run({ program: 'buildah', args: buildahPushArgs(authFile, spec, digestFile) }, { log: deps.log });
            deps.log.debug(`buildah pushed ${spec.image} as ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(digestFile, 'utf8').trim()}`);
        },
        async cleanup() {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(authFile, { force: true });
        },
    };
}


/***/ })

};
