export const id = 696;
export const ids = [696];
export const modules = {

/***/ 696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDockerBuilder: () => (/* binding */ createDockerBuilder),
/* harmony export */   dockerBuildArgs: () => (/* binding */ dockerBuildArgs),
/* harmony export */   dockerLoginArgs: () => (/* binding */ dockerLoginArgs),
/* harmony export */   dockerPushArgs: () => (/* binding */ dockerPushArgs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8491);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1925);
/**
 * The classic `docker build` builder, for runners with a Docker daemon but without buildx. Logs in with a
 * temporary `DOCKER_CONFIG` so that the token never lands in the user's `~/.docker/config.json`. The classic
 * builder has no build secrets: asking for them is refused with the fix rather than leaking them as build args.
 */




/** `docker login` arguments (the password is read from stdin). */
function dockerLoginArgs(login) {
    return ['login', '--username', login.username, '--password-stdin', login.host];
}
/** `docker build` arguments for the classic builder. */
function dockerBuildArgs(spec) {
    return [
        'build',
        '--platform',
        spec.platform,
        '--file',
        spec.dockerfile,
        '--tag',
        spec.image,
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .buildArgFlags */ .eE)(spec.buildArgs),
        ...(0,_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .labelFlags */ .gX)(spec.labels),
        spec.context,
    ];
}
/** `docker push` arguments. */
function dockerPushArgs(spec) {
    return ['push', spec.image];
}
/** Creates the classic docker builder. */
function createDockerBuilder(deps) {
    const dockerConfig = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, 'docker-config');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dockerConfig, { recursive: true, mode: 0o700 });
    // DOCKER_BUILDKIT=0: the CLI would otherwise hand the build to BuildKit, which needs the buildx plugin.
    const env = { DOCKER_CONFIG: dockerConfig, DOCKER_BUILDKIT: '0' };
    return {
        kind: 'docker',
        async login(login) {
            await deps.runner.run({ program: 'docker', args: dockerLoginArgs(login), stdin: login.password, env }, { log: deps.log });
        },
        async buildAndPush(spec) {
            if (Object.keys(spec.secrets).length > 0) {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL("Build secrets need BuildKit, which the classic 'docker' builder does not have. Use builder 'buildx' (with docker/setup-buildx-action) or 'buildah'.");
            }
            await deps.runner.run({ program: 'docker', args: dockerBuildArgs(spec), env }, { log: deps.log });
            if (spec.push)
                await deps.runner.run({ program: 'docker', args: dockerPushArgs(spec), env }, { log: deps.log });
        },
        async cleanup() {
            // The work directory (and the config.json holding the token) is removed by the caller.
        },
    };
}


/***/ })

};
