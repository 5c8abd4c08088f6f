export type {
  AddressInput,
  AddressUpdate,
  Customer,
  CustomerAddress,
  ProfileUpdate,
} from './customers.schemas';
export {
  addAddress,
  authenticateCustomer,
  changePassword,
  createCustomer,
  createResetToken,
  findCustomerForReset,
  getActiveCustomer,
  listAddresses,
  removeAddress,
  resetPassword,
  updateAddress,
  updateProfile,
} from './customers.service';
