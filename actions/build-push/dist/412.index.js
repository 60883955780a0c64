export const id = 412;
export const ids = [412];
export const modules = {

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildxBuildArgs: () => (/* binding */ buildxBuildArgs),
/* harmony export */   buildxEnvironment: () => (/* binding */ buildxEnvironment),
/* harmony export */   buildxLoginArgs: () => (/* binding */ buildxLoginArgs),
/* harmony export */   cacheFlags: () => (/* binding */ cacheFlags),
/* harmony export */   createBuildxBuilder: () => (/* binding */ createBuildxBuilder),
/* harmony export */   secretVariable: () => (/* binding */ secretVariable)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1925);
/**
 * The `docker buildx` builder (the default): BuildKit, multi-platform, build secrets and a build cache (the
 * GitHub Actions cache, or the registry). Logs in with a temporary `DOCKER_CONFIG` whose `cliPluginsExtraDirs`
 * still finds the buildx plugin installed under the user's config (docker/setup-buildx-action puts it there),
 * and `BUILDX_CONFIG` keeps the builder instance that action created. Secret values travel in the child's
 * environment (`--secret id=NAME,env=VAR`), never in argv.
 */




/** The environment variable that carries a build secret's value to buildx. */
function secretVariable(name) {
    return `AGENTCORE_BUILD_SECRET_${name}`;
}
/** `--cache-from` / `--cache-to` for a cache. */
function cacheFlags(cache) {
    if (!cache)
        return [];
    if (cache.kind === 'gha')
        return ['--cache-from', `type=gha,scope=${cache.scope}`, '--cache-to', `type=gha,scope=${cache.scope},mode=max`];
    return [
        '--cache-from',
        `type=registry,ref=${cache.ref}`,
        '--cache-to',
        // ECR accepts cache manifests only as OCI image manifests.
        `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`,
    ];
}
/** `docker login` arguments (the password is read from stdin). */
function buildxLoginArgs(login) {
    return ['login', '--username', login.username, '--password-stdin', login.host];
}
/** `docker buildx build` arguments; builds and pushes in one step. */
function buildxBuildArgs(spec, metadataFile) {
    return [
        'buildx',
        'build',
        '--platform',
        spec.platform,
        '--file',
        spec.dockerfile,
        '--tag',
        spec.image,
        // Provenance attestations turn the push into an index with "unknown/unknown" entries; AgentCore wants the image.
        '--provenance=false',
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .buildArgFlags */ .eE)(spec.buildArgs),
        ...Object.keys(spec.secrets)
            .sort()
            .flatMap((name) => ['--secret', `id=${name},env=${secretVariable(name)}`]),
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .labelFlags */ .gX)(spec.labels),
        ...cacheFlags(spec.cache),
        '--metadata-file',
        metadataFile,
        ...(spec.push ? ['--push'] : []),
        spec.context,
    ];
}
/** The environment the buildx child gets: temporary config, the user's plugins and builders, the secrets. */
function buildxEnvironment(dockerConfig, userDockerConfig, secrets, inherited) {
    const env = {
        DOCKER_CONFIG: dockerConfig,
        BUILDX_CONFIG: inherited.BUILDX_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(userDockerConfig, 'buildx'),
    };
    for (const [name, value] of Object.entries(secrets))
        env[secretVariable(name)] = value;
    return env;
}
/** Creates the buildx builder. */
function createBuildxBuilder(deps) {
    const dockerConfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(deps.workDir, 'docker-config');
    const userDockerConfig = process.env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dockerConfig, { recursive: true, mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dockerConfig, 'config.json'), JSON.stringify({ cliPluginsExtraDirs: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(userDockerConfig, 'cli-plugins')] }), { mode: 0o600 });
    return {
        kind: 'buildx',
        async login(login) {
            const env = buildxEnvironment(dockerConfig, userDockerConfig, {}, process.env);
            await deps.runner.run({ program: 'docker', args: buildxLoginArgs(login), stdin: login.password, env }, { log: deps.log });
        },
        async buildAndPush(spec) {
            const env = buildxEnvironment(dockerConfig, userDockerConfig, spec.secrets, process.env);
            const args = buildxBuildArgs(spec, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(deps.workDir, 'metadata.json'));
            await deps.runner.run({ program: 'docker', args, env }, { log: deps.log });
        },
        async cleanup() {
            // The work directory (and the config.json holding the token) is removed by the caller.
        },
    };
}


/***/ })

};
